package se.medborgarlofte.pledge.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.FollowUpRecords;
import se.medborgarlofte.pledge.PledgePeriod;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.pledge.PledgeProperties;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.system.JsonVariables;

/**
 * Runs when implementation starts: turns the signed period into the instants the timers wait for, the end of the
 * period and each follow-up day of the configured cadence, and plans those days in the case file. The draft may have
 * changed the period, and a new agreement after the final review starts implementation again for a new period, so
 * this is computed here and not at the start. (A revision after a periodic follow-up runs inside implementation and
 * keeps its period and follow-up days.)
 */
@Component
@RequiredArgsConstructor
public class PledgePeriodListener implements ExecutionListener {

    private final PledgeProperties properties;
    private final FollowUpRecords followUps;

    @Override
    public void notify(DelegateExecution execution) {
        ZoneId zone = properties.timeZone();
        PledgePeriod period = PledgePeriod.parse((String) execution.getVariable(Variable.PERIOD_START), (String)
                execution.getVariable(Variable.PERIOD_END));
        List<LocalDate> days =
                properties.followUps().followUpDays(period, LocalDate.ofInstant(EngineContext.now(), zone));
        execution.setVariable(Variable.PERIOD_ENDS_AT, period.endsAt(zone));
        execution.setVariable(
                Variable.FOLLOW_UP_DATES,
                JsonVariables.json(days.stream()
                        .map(day -> day.atStartOfDay(zone).toOffsetDateTime().toString())
                        .toList()));
        followUps.planFollowUps(
                execution.getProcessBusinessKey(), days, period.lastDay().plusDays(1), EngineContext.now());
    }
}
