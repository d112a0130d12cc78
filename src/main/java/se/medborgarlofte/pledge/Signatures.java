package se.medborgarlofte.pledge;

import java.time.LocalDate;

/** The record of a signed pledge: when, and by whom for the police and for the municipality. */
public record Signatures(LocalDate signedOn, String policeSignatory, String municipalitySignatory) {

    public Signatures {
        requireName(policeSignatory, "polisen");
        requireName(municipalitySignatory, "kommunen");
    }

    /** The signatories as the public pledge document names them. */
    public String signatoriesLine() {
        return "%s (Polisen), %s (Kommunen)".formatted(policeSignatory.trim(), municipalitySignatory.trim());
    }

    private static void requireName(String name, String party) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Undertecknare för " + party + " saknas.");
        }
    }
}
