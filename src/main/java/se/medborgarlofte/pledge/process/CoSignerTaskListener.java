package se.medborgarlofte.pledge.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.Organisation;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.pledge.PledgeProcess.Variable;

/**
 * Prepares one co-signing organisation's approval task, on the draft or on a revision of its commitments: names the organisation that signs in it (from the group the
 * task is for) and keeps the answer local to the task, so that co-signers answering in parallel never see or
 * overwrite each other's answers.
 */
@Component
@RequiredArgsConstructor
public class CoSignerTaskListener implements TaskListener {

    private final Organisations organisations;

    @Override
    public void notify(DelegateTask task) {
        Object element = task.getVariable(Variable.CO_SIGNER_GROUP);
        String group = element instanceof SpinJsonNode node ? node.stringValue() : String.valueOf(element);
        Organisation organisation = organisations
                .byGroup(group)
                .orElseThrow(() -> new IllegalStateException("No organisation has the co-signer's group " + group));
        // on the instance's own execution, where completing the task writes its answer (the engine sets a completed
        // task's variables on its execution, and an existing local variable there takes them)
        DelegateExecution instance = task.getExecution();
        instance.setVariableLocal(Variable.CO_SIGNING_ORGANISATION_ID, organisation.id());
        instance.setVariableLocal(Variable.CO_SIGNING_ORGANISATION, organisation.name());
        instance.setVariableLocal(Variable.CO_SIGNER_DECISION, null);
        instance.setVariableLocal(Variable.CO_SIGNER_SIGNATORY, null);
        instance.setVariableLocal(Variable.CO_SIGNER_COMMENT, null);
    }
}
