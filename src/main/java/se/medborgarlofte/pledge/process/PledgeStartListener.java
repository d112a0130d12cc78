package se.medborgarlofte.pledge.process;

import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import se.medborgarlofte.pledge.PledgePeriod;
import se.medborgarlofte.pledge.PledgeProcess;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.pledge.PledgeProperties;
import se.medborgarlofte.pledge.RegistrationNumbers;

/**
 * Runs when a pledge starts, however it is started (Tasklist's start form, the REST API, a renewal): checks the
 * period, gives the pledge its registration number as business key and sets the follow-up cadence.
 */
@Component
public class PledgeStartListener implements ExecutionListener {

    private final PledgeProperties properties;

    public PledgeStartListener(PledgeProperties properties) {
        this.properties = properties;
    }

    @Override
    public void notify(DelegateExecution execution) {
        PledgePeriod.parse((String) execution.getVariable(Variable.PERIOD_START),
                (String) execution.getVariable(Variable.PERIOD_END));
        String registrationNumber = execution.getProcessBusinessKey();
        if (registrationNumber == null || registrationNumber.isBlank()) {
            registrationNumber = nextRegistrationNumber(execution.getProcessEngineServices().getHistoryService());
            execution.setProcessBusinessKey(registrationNumber);
        }
        execution.setVariable(Variable.REGISTRATION_NUMBER, registrationNumber);
        execution.setVariable(Variable.FOLLOW_UP_CYCLE, properties.followUpCycle());
    }

    private String nextRegistrationNumber(HistoryService history) {
        int year = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), properties.timeZone()).getYear();
        List<String> existing = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PledgeProcess.KEY)
                .processInstanceBusinessKeyLike(RegistrationNumbers.prefix(year) + "%")
                .list().stream().map(HistoricProcessInstance::getBusinessKey).toList();
        return RegistrationNumbers.next(year, existing);
    }
}
