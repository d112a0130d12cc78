package se.medborgarlofte.pledge;

import java.util.Set;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.system.FormValues;

/**
 * A co-signing organisation's answer in its own task, on a draft of the pledge or on a revision of its commitments:
 * approved and signed by someone, or changes requested with a comment. The organisation is the one the task was created
 * for (see {@code CoSignerTaskListener}), never one the form names.
 */
public record CoSignerAnswer(long organisationId, String decision, String signatory, String comment) {

    /** Reads and checks the answer as the co-signer's form submits it; wrong input is refused in Swedish. */
    public static CoSignerAnswer of(FormValues values) {
        String decision =
                values.choice(Variable.CO_SIGNER_DECISION, "Beslut", Set.of(Choice.APPROVE, Choice.REQUEST_CHANGES));
        String signatory = values.text(Variable.CO_SIGNER_SIGNATORY);
        String comment = values.text(Variable.CO_SIGNER_COMMENT);
        if (Choice.APPROVE.equals(decision) && (signatory == null || signatory.isBlank())) {
            throw new IllegalArgumentException("Ange vem som undertecknar för organisationen.");
        }
        if (Choice.REQUEST_CHANGES.equals(decision) && (comment == null || comment.isBlank())) {
            throw new IllegalArgumentException("Skriv vilka ändringar som behövs.");
        }
        long organisationId = Long.parseLong(values.requiredText(Variable.CO_SIGNING_ORGANISATION_ID, "Organisation"));
        return new CoSignerAnswer(organisationId, decision, signatory, comment);
    }

    public boolean approved() {
        return Choice.APPROVE.equals(decision);
    }
}
