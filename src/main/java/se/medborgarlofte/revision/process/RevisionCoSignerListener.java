package se.medborgarlofte.revision.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.RevisionRecords;
import se.medborgarlofte.pledge.PledgeProcess;
import se.medborgarlofte.revision.RevisionDraft;
import se.medborgarlofte.revision.RevisionProcess.Variable;

/**
 * Called when a co-signer's task on a revision is created, after {@code coSignerTaskListener} named its organisation:
 * gives the task only what concerns that organisation, its changed and new commitments from the case file, local to the
 * task's own execution so that co-signers answering in parallel each see their own.
 */
@Component
@RequiredArgsConstructor
public class RevisionCoSignerListener implements TaskListener {

    private final RevisionRecords revisions;

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution instance = task.getExecution();
        long organisationId =
                ((Number) instance.getVariableLocal(PledgeProcess.Variable.CO_SIGNING_ORGANISATION_ID)).longValue();
        long revisionId = ((Number) task.getVariable(Variable.REVISION_ID)).longValue();
        instance.setVariableLocal(
                Variable.CO_SIGNER_SUMMARY,
                RevisionDraft.coSignerSummary(
                        revisions.changes(revisionId),
                        revisions.runningCommitments(instance.getProcessBusinessKey()),
                        organisationId));
    }
}
