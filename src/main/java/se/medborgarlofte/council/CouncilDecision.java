package se.medborgarlofte.council;

import java.time.LocalDate;

/** A decision of the council: what, who is responsible, by when, and the pledge it concerns if any. */
public record CouncilDecision(String decision, String responsible, String registrationNumber, LocalDate dueOn) {}
