package se.medborgarlofte.pledge.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.system.JsonVariables;

/**
 * Gives the draft task the organisations its commitments may name, as the options of the form's select, local to the
 * task (the case file's list when the task is created; the recorder checks each choice against the case file).
 */
@Component
@RequiredArgsConstructor
public class OrganisationChoicesListener implements TaskListener {

    private final Organisations organisations;

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(Variable.ORGANISATION_CHOICES, JsonVariables.json(organisations.choicesJson()));
    }
}
