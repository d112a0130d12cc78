package se.medborgarlofte.casefile;

import java.time.LocalDate;

/**
 * The municipality's own decision on a pledge, recorded with its signature when a body took one: which body, on which
 * day, and the municipality's registry number (its diarienummer, e.g. KS 2026/123, which is not the pledge's
 * number (löftesnummer) in this system). Any of them may be unknown.
 */
public record MunicipalDecision(String body, LocalDate decidedOn, String registryNumber) {

    /** Null when nothing of it was recorded. */
    public static MunicipalDecision of(String body, LocalDate decidedOn, String registryNumber) {
        return body == null && decidedOn == null && registryNumber == null
                ? null
                : new MunicipalDecision(body, decidedOn, registryNumber);
    }

    /** In words: "Kommunstyrelsen 2027-01-15, diarienummer KS 2026/123". */
    public String describe() {
        StringBuilder text = new StringBuilder(body == null ? "Kommunen" : body);
        if (decidedOn != null) {
            text.append(' ').append(decidedOn);
        }
        if (registryNumber != null) {
            text.append(", diarienummer ").append(registryNumber);
        }
        return text.toString();
    }
}
