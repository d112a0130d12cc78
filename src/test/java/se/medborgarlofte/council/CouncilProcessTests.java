package se.medborgarlofte.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.ProcessTest;
import se.medborgarlofte.ProcessTestEngine;
import se.medborgarlofte.pledge.PledgeProcess;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeScenario;
import se.medborgarlofte.system.JsonVariables;

/** The council: a meeting each month started by its timer, the agenda from the case file, the minutes recorded. */
class CouncilProcessTests extends ProcessTest {

    @Test
    void theTimerStartsAMeetingOnTheFirstOfEveryMonthWithItsAgenda() {
        PledgeScenario running = new PledgeScenario(engine).inImplementation();
        new PledgeScenario(engine).start();

        // Camunda's cron runs in the server's time zone
        assertThat(councilTimer().getDuedate()).isEqualTo(serverTime("2027-01-01T07:00"));
        String agenda = meetingOf("2027-02-01T07:00");

        assertThat(agenda)
                .contains(
                        "Dagordning för Tryggare Enköping, 2027-02",
                        "1. Nya behov",
                        "ML-2026-0002: Tryggare Gustav Adolfs plan",
                        "2. Försenade åtgärder\n   Inget att ta upp.",
                        "3. Kommande uppföljningar\n   ML-2026-0001: Uppföljning 2027-02-15.",
                        "4. Beslut som ska fattas\n   Inget att ta upp.");
        assertThat(agenda).doesNotContain("ML-2026-0001: Tryggare");
        assertThat(running.pledge().getBusinessKey()).isEqualTo("ML-2026-0001");
        // January's timer fired late (the clock jumped to February); the cycle goes on from January
        assertThat(councilTimer().getDuedate())
                .as("the next month's meeting")
                .isEqualTo(serverTime("2027-02-01T07:00"));
        Task meeting = meetingTask();
        assertThat(engine.getTaskService().getIdentityLinksForTask(meeting.getId()))
                .anyMatch(link -> "samordnare".equals(link.getGroupId()));
        assertThat(ProcessTestEngine.caseFile()
                        .sql("SELECT section FROM council_agenda_item ORDER BY position")
                        .query(String.class)
                        .list())
                .containsExactly("new-need", "coming-follow-up");
    }

    @Test
    void overdueMeasuresAndOpenSteeringDecisionsComeOnTheAgenda() {
        new PledgeScenario(engine)
                .inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .answer(Element.REVIEW_FOLLOW_UP, "styrgrupp1", PledgeProcess.Choice.CONTINUE);

        String agenda = meetingOf("2027-07-01T07:00");

        assertThat(agenda)
                .contains(
                        "2. Försenade åtgärder\n   ML-2026-0001: Kommunen lovar att förbättra belysningen. (ansvarig: kommun) skulle vara klar 2027-06-30.",
                        "4. Beslut som ska fattas\n   ML-2026-0001: Styrgruppen granskar uppföljning 1; 1 av 3 ledamöter har svarat; sista svarsdag 2027-02-25.");
        assertThat(agenda).doesNotContain("Polisen lovar att vara synlig");
    }

    @Test
    void theCoordinatorRecordsTheMinutesAndDecisionsIntoTheCaseFile() {
        new PledgeScenario(engine).inImplementation();
        meetingOf("2027-02-01T07:00");
        Task meeting = meetingTask();

        assertThatThrownBy(() -> engine.getTaskService().complete(meeting.getId(), minutes("ML-2099-0001")))
                .hasMessageContaining("det finns inget medborgarlöfte med det löftesnumret");
        engine.getTaskService().complete(meeting.getId(), minutes("ML-2026-0001"));

        assertThat(ProcessTestEngine.caseFile()
                        .sql("SELECT held_on, attendees FROM council_meeting")
                        .query()
                        .singleRow()
                        .values())
                .extracting(Object::toString)
                .containsExactly("2027-02-03", "Eva Holm (polisen), Anna Lind (kommunen)");
        assertThat(ProcessTestEngine.caseFile()
                        .sql(
                                "SELECT decision || '/' || COALESCE(registration_number, '-') FROM council_decision ORDER BY position")
                        .query(String.class)
                        .list())
                .containsExactly("Fler vuxenvandrare på fredagar./ML-2026-0001", "Bjud in skolorna./-");
        assertThat(ProcessTestEngine.caseFile()
                        .sql("SELECT description FROM case_event WHERE event_type = 'council-decision'")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Tryggare Enköping beslutade 2027-02-03: Fler vuxenvandrare på fredagar. (ansvarig: Föreningarna).");
        assertThat(meetingTasks()).isEmpty();
    }

    private Map<String, Object> minutes(String pledge) {
        return Map.of(
                CouncilProcess.HELD_ON,
                "2027-02-03",
                CouncilProcess.ATTENDEES,
                "Eva Holm (polisen), Anna Lind (kommunen)",
                CouncilProcess.MINUTES,
                "Rådet gick igenom dagordningen punkt för punkt.",
                CouncilProcess.DECISIONS,
                JsonVariables.json("""
                        [{"decision":"Fler vuxenvandrare på fredagar.","responsible":"Föreningarna","registrationNumber":"%s","dueOn":"2027-03-31"},
                         {"decision":"Bjud in skolorna.","responsible":"Samordnaren","registrationNumber":""}]""".formatted(pledge)));
    }

    /** Moves the clock and fires the council's timer as the job executor would; returns the new meeting's agenda. */
    private String meetingOf(String when) {
        ClockUtil.setCurrentTime(at(when));
        engine.getManagementService().executeJob(councilTimer().getId());
        return (String) engine.getTaskService().getVariable(meetingTask().getId(), CouncilProcess.AGENDA);
    }

    private Job councilTimer() {
        return engine.getManagementService()
                .createJobQuery()
                .processDefinitionKey(CouncilProcess.KEY)
                .timers()
                .singleResult();
    }

    private Task meetingTask() {
        List<Task> tasks = meetingTasks();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private List<Task> meetingTasks() {
        return engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(CouncilProcess.HOLD_MEETING)
                .list();
    }

    private static Date serverTime(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime)
                .atZone(java.time.ZoneId.systemDefault())
                .toInstant());
    }

    private static Date at(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime)
                .atZone(PledgeScenario.START.getZone())
                .toInstant());
    }
}
