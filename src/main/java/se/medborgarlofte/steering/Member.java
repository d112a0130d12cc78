package se.medborgarlofte.steering;

/** A steering group member as the minutes name them. */
public record Member(String id, String name) {}
