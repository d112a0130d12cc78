package se.medborgarlofte.casefile;

import java.time.LocalDate;

/** One reported occurrence of a measure: when, how many took part, how long, how much of the target, what was seen. */
public record Occurrence(LocalDate date, long participants, Double hours, long quantity, String observations) {

    public Occurrence {
        if (date == null) {
            throw new IllegalArgumentException("Tillfällets datum saknas.");
        }
        if (observations == null || observations.isBlank()) {
            throw new IllegalArgumentException("Tillfällets iakttagelser saknas.");
        }
        if (participants < 0 || quantity < 0 || (hours != null && hours < 0)) {
            throw new IllegalArgumentException("Deltagare, timmar och utfört kan inte vara negativa.");
        }
    }
}
