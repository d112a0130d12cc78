package se.medborgarlofte.revision.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.RevisionRecords;
import se.medborgarlofte.revision.RevisionDraft;
import se.medborgarlofte.revision.RevisionProcess.Variable;
import se.medborgarlofte.system.FormValues;
import se.medborgarlofte.system.JsonVariables;

/**
 * Called when the coordinator's revision draft is created: one row per commitment whose measure runs now, from the
 * case file (so the rows' ids are the server's), keeping the answers of an earlier draft the signatories sent back.
 */
@Component
@RequiredArgsConstructor
public class RevisionDraftListener implements TaskListener {

    private final RevisionRecords revisions;

    @Override
    public void notify(DelegateTask task) {
        var earlier = new FormValues(task::getVariable).list(Variable.REVISION_COMMITMENTS, "Pågående åtaganden");
        var rows = RevisionDraft.rows(
                revisions.runningCommitments(task.getExecution().getProcessBusinessKey()), earlier);
        task.setVariable(Variable.REVISION_COMMITMENTS, JsonVariables.json(rows.toString()));
    }
}
