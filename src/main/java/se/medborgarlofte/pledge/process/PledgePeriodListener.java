package se.medborgarlofte.pledge.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.pledge.PledgePeriod;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.pledge.PledgeProperties;

/**
 * Runs when implementation starts: turns the signed period's last day into the instant the period-end timers
 * wait for. The draft may have changed the period, so this is computed here and not at the start.
 */
@Component
public class PledgePeriodListener implements ExecutionListener {

    private final PledgeProperties properties;

    public PledgePeriodListener(PledgeProperties properties) {
        this.properties = properties;
    }

    @Override
    public void notify(DelegateExecution execution) {
        PledgePeriod period = PledgePeriod.parse((String) execution.getVariable(Variable.PERIOD_START),
                (String) execution.getVariable(Variable.PERIOD_END));
        execution.setVariable(Variable.PERIOD_ENDS_AT, period.endsAt(properties.timeZone()));
    }
}
