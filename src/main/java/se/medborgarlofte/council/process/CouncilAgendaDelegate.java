package se.medborgarlofte.council.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.medborgarlofte.council.AgendaItem;
import se.medborgarlofte.council.CouncilAgenda;
import se.medborgarlofte.council.CouncilProcess;
import se.medborgarlofte.council.CouncilProperties;
import se.medborgarlofte.council.CouncilRecords;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.EngineContext;

/** Prepares a council meeting: builds its agenda from the case file, records it, and shows it in the meeting's task. */
@Component
@RequiredArgsConstructor
public class CouncilAgendaDelegate implements JavaDelegate {

    private final CouncilAgenda agenda;

    private final CouncilRecords records;
    private final CouncilProperties properties;
    private final CaseCalendar calendar;

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = EngineContext.now();
        LocalDate today = calendar.day(now);
        String month = YearMonth.from(today).toString();
        List<AgendaItem> items = agenda.build(today, today.plus(properties.lookAhead()));
        long meetingId = records.prepare(month, execution.getProcessInstanceId(), items, now);
        execution.setProcessBusinessKey("TR-" + month);
        execution.setVariable(CouncilProcess.MEETING_ID, meetingId);
        execution.setVariable(CouncilProcess.MONTH, month);
        execution.setVariable(CouncilProcess.AGENDA, CouncilAgenda.text(properties.name(), month, items, meetingId));
    }
}
