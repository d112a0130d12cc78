package se.medborgarlofte.system.web;

/** One wrong field of a request and what is wrong with it, in Swedish. */
public record FieldProblem(String field, String message) {}
