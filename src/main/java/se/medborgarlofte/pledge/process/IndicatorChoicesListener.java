package se.medborgarlofte.pledge.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.IndicatorCatalogue;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.system.JsonVariables;

/**
 * Gives the draft task the configured indicator catalogue as the options of the effect goals' select "Indikator",
 * local to the task, so that an indicator added in {@code medborgarlofte.indicators} is offered without a change to the
 * form. The form contract accepts only a listed key and the effect goals' rules check it against the catalogue again.
 */
@Component
@RequiredArgsConstructor
public class IndicatorChoicesListener implements TaskListener {

    private final IndicatorCatalogue indicators;

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(Variable.INDICATOR_CHOICES, JsonVariables.json(indicators.choicesJson()));
    }
}
