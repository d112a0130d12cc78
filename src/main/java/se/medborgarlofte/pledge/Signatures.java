package se.medborgarlofte.pledge;

import java.time.LocalDate;
import java.util.List;

/**
 * The record of a signed pledge: when, and by whom for the police, for the municipality and for each co-signing
 * organisation.
 */
public record Signatures(
        LocalDate signedOn, String policeSignatory, String municipalitySignatory, List<CoSignature> coSigners) {

    /** A co-signing organisation's signature: who signed, for which organisation. */
    public record CoSignature(String signatory, String organisation) {

        public CoSignature {
            requireName(signatory, organisation);
        }
    }

    public Signatures {
        requireName(policeSignatory, "polisen");
        requireName(municipalitySignatory, "kommunen");
        coSigners = List.copyOf(coSigners);
    }

    /** A pledge signed by the police and the municipality only. */
    public Signatures(LocalDate signedOn, String policeSignatory, String municipalitySignatory) {
        this(signedOn, policeSignatory, municipalitySignatory, List.of());
    }

    /** The signatories as the public pledge document names them, the co-signers after the police and municipality. */
    public String signatoriesLine() {
        StringBuilder line = new StringBuilder(
                "%s (Polisen), %s (Kommunen)".formatted(policeSignatory.trim(), municipalitySignatory.trim()));
        for (CoSignature coSigner : coSigners) {
            line.append(", %s (%s)".formatted(coSigner.signatory().trim(), coSigner.organisation()));
        }
        return line.toString();
    }

    private static void requireName(String name, String party) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Undertecknare för " + party + " saknas.");
        }
    }
}
