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
import se.medborgarlofte.pledge.CoSignerAnswer;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;

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
        CoSignerAnswer answer = CoSignerAnswer.of(task.values());
        Organisation organisation = organisations
                .find(answer.organisationId())
                .orElseThrow(() -> new IllegalStateException("The co-signer's organisation no longer exists"));
        commitments.recordCoSignerApproval(
                task.pledge(),
                organisation.id(),
                organisation.name(),
                new Approval("co-signer", answer.decision(), answer.signatory(), answer.comment()),
                task.actor(),
                task.at());
        return answer.approved() ? Map.of() : Map.of(Variable.CO_SIGNERS_APPROVAL, Choice.REQUEST_CHANGES);
    }
}
