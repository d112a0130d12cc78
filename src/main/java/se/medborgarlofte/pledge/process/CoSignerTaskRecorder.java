package se.medborgarlofte.pledge.process;

import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseRecords.Approval;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.casefile.TaskRecorder;
import se.medborgarlofte.organisation.Organisation;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.system.FormValues;

/**
 * Records a co-signing organisation's answer to the draft in the case file, for the organisation its task was
 * created for; a request for changes sends the draft back once every party has answered.
 */
@Component
@RequiredArgsConstructor
public class CoSignerTaskRecorder implements TaskRecorder {

    private final CommitmentRecords commitments;
    private final Organisations organisations;

    @Override
    public Set<String> tasks() {
        return Set.of(Element.APPROVE_PLEDGE_CO_SIGNER);
    }

    @Override
    public Map<String, Object> record(CompletedTask task) {
        FormValues values = task.values();
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
        Organisation organisation = organisations
                .find(Long.parseLong(values.requiredText(Variable.CO_SIGNING_ORGANISATION_ID, "Organisation")))
                .orElseThrow(() -> new IllegalStateException("The co-signer's organisation no longer exists"));
        commitments.recordCoSignerApproval(
                task.pledge(),
                organisation.id(),
                organisation.name(),
                new Approval("co-signer", decision, signatory, comment),
                task.actor(),
                task.at());
        return Choice.APPROVE.equals(decision)
                ? Map.of()
                : Map.of(Variable.CO_SIGNERS_APPROVAL, Choice.REQUEST_CHANGES);
    }
}
