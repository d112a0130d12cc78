package se.medborgarlofte.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJobs;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.TestMailServer;
import se.medborgarlofte.notification.DeadlineWatch;

/**
 * One pledge-year on PostgreSQL with the job executor running: the clock is moved from follow-up day to follow-up
 * day and the executor fires the timers; three follow-ups and the final one, each decided by the steering group
 * under the quorum rule (a majority, the review deadline, a split vote), with the reminders and escalations the test
 * reads from the SMTP server.
 */
@PostgresIntegrationTest
class PledgeYearIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeadlineWatch watch;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPledgeYearHasThreeFollowUpsAndAFinalOneEachDecidedByTheSteeringGroup() {
        restartCouncilCycle();
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Tryggt år i Centrum", "Centrum");
        journey.identifyNeed(pledge)
                .draft(pledge, PledgeJourney.COMMITMENTS, "2026-12-01", "2027-11-30")
                .sign(pledge);
        assertThat(jdbc.sql(
                                "SELECT due_on FROM planned_follow_up f JOIN pledge p ON p.id = f.pledge_id WHERE p.registration_number = ?"
                                        + " ORDER BY due_on")
                        .param(pledge)
                        .query(LocalDate.class)
                        .list())
                .extracting(LocalDate::toString)
                .containsExactly("2027-02-15", "2027-06-15", "2027-10-15");

        // 15 February: a majority (two of three) continues
        followUpDayComes(pledge, "2027-02-15");
        journey.compileFollowUp(pledge, "compile-follow-up");
        String firstMembersTask = tasks.createTaskQuery()
                .processInstanceBusinessKey(pledge)
                .taskAssignee("styrgrupp1")
                .singleResult()
                .getId();
        EngineRestClient otherMember = EngineRestClient.as(rest, "styrgrupp2");
        assertThat(otherMember.get("/task/" + firstMembersTask).getStatusCode().value())
                .as("a member cannot see another member's review task")
                .isEqualTo(404);
        assertThat(otherMember.submit(
                        firstMembersTask,
                        java.util.Map.of("reviewerDecision", "close", "reviewerComment", "Fel ledamot.")))
                .as("nor answer in it")
                .isIn(403, 404);
        journey.review(pledge, "review-follow-up", "styrgrupp1", "continue");
        journey.review(pledge, "review-follow-up", "styrgrupp2", "continue");
        awaitDecisions(pledge, 1);
        journey.publishFollowUpFeedback(pledge, "Tre nya grannsamverkansområden har startat sedan december.");

        // 15 June: the coordinator is late, the coordinators are told; one member answers, the others are reminded,
        // and the review time runs out
        followUpDayComes(pledge, "2027-06-15");
        Task compile = openTask(pledge, "compile-follow-up");
        watch.check(compile.getDueDate().toInstant().plus(Duration.ofHours(1)));
        journey.compileFollowUp(pledge, "compile-follow-up");
        journey.review(pledge, "review-follow-up", "styrgrupp1", "revise");
        Instant reviewDeadline =
                openTask(pledge, "review-follow-up").getDueDate().toInstant();
        watch.check(reviewDeadline.minus(Duration.ofDays(2)));
        moveClockTo(reviewDeadline.plus(Duration.ofMinutes(5)));
        awaitDecisions(pledge, 2);
        assertThat(openTask(pledge, "draft-revision"))
                .as("one answer for revision decides at the deadline; the measures run on meanwhile")
                .isNotNull();
        journey.reviseOne(pledge, "Polisen lovar", "Polisen lovar att starta minst 8 nya grannsamverkansområden.", 10)
                .signRevision(pledge)
                .publishFollowUpFeedback(pledge, "Grannsamverkan växer, men föreningsstödet har dröjt.");

        // 15 October: a split vote goes to the decision that changes least, with the dissent recorded
        followUpDayComes(pledge, "2027-10-15");
        journey.compileFollowUp(pledge, "compile-follow-up");
        journey.review(pledge, "review-follow-up", "styrgrupp2", "continue");
        journey.review(pledge, "review-follow-up", "styrgrupp3", "close");
        awaitDecisions(pledge, 3);
        journey.publishFollowUpFeedback(pledge, "Fyra föreningar har fått lokaler av bostadsbolaget.");

        // the period ends: the final follow-up, decided by a majority
        moveClockTo(LocalDate.parse("2027-12-01")
                .atStartOfDay(ZoneId.of("Europe/Stockholm"))
                .plusHours(1)
                .toInstant());
        await(() -> openTask(pledge, "compile-final-follow-up") != null, "the final follow-up");
        journey.compileFollowUp(pledge, "compile-final-follow-up");
        journey.review(pledge, "review-final-follow-up", "styrgrupp1", "continue");
        journey.review(pledge, "review-final-follow-up", "styrgrupp3", "continue");
        awaitDecisions(pledge, 4);
        await(() -> openTask(pledge, "give-feedback-to-citizens") != null, "feedback to the citizens");

        assertThat(jdbc.sql(
                                "SELECT kind FROM follow_up f JOIN pledge p ON p.id = f.pledge_id WHERE p.registration_number = ?"
                                        + " ORDER BY follow_up_number")
                        .param(pledge)
                        .query(String.class)
                        .list())
                .containsExactly("periodic", "periodic", "periodic", "final");
        assertThat(jdbc.sql("""
                SELECT pf.kind || '/' || f.follow_up_number || '/' || pf.written_by FROM public_feedback pf
                JOIN follow_up f ON f.id = pf.follow_up_id JOIN pledge p ON p.id = pf.pledge_id
                WHERE p.registration_number = ? ORDER BY pf.published_at, pf.id""").param(pledge).query(String.class).list())
                .as("the feedback on each follow-up, the one decided at the review deadline among them")
                .containsExactly("follow-up/1/samordnare", "follow-up/2/samordnare", "follow-up/3/samordnare");
        assertThat(jdbc.sql("""
                SELECT d.decision || '/' || d.decided_when || '/' || r.quorum FROM steering_decision d
                JOIN steering_review r ON r.id = d.review_id JOIN pledge p ON p.id = d.pledge_id
                WHERE p.registration_number = ? ORDER BY d.id""").param(pledge).query(String.class).list())
                .containsExactly(
                        "confirm/quorum/2",
                        "continue/quorum/2",
                        "revise/deadline/2",
                        "continue/quorum/2",
                        "continue/quorum/2");
        assertThat(jdbc.sql("""
                SELECT d.comment FROM steering_decision d JOIN pledge p ON p.id = d.pledge_id
                WHERE p.registration_number = ? ORDER BY d.id""").param(pledge).query(String.class).list().get(3))
                .contains("Reservation: Lena Persson (för avsluta medborgarlöftet)");

        assertThat(subjects("samordnare@demo.medborgarlofte.se", pledge))
                .anyMatch(subject -> subject.startsWith("Försenad: ") && subject.contains("Sammanställ uppföljning"));
        assertThat(subjects("styrgrupp2@demo.medborgarlofte.se", pledge))
                .anyMatch(subject -> subject.startsWith("Påminnelse") && subject.contains("Granska uppföljningen"));
        assertThat(subjects("styrgrupp1@demo.medborgarlofte.se", pledge))
                .as("styrgrupp1 had answered")
                .noneMatch(subject -> subject.startsWith("Påminnelse"));
        assertThat(subjects("styrgrupp3@demo.medborgarlofte.se", pledge).stream()
                        .filter(subject -> subject.startsWith("Ny uppgift: Granska")))
                .as("a review task for every member at each of the four reviews")
                .hasSize(4);

        // the council's timer started its monthly meetings as the clock moved; their agendas name this pledge
        JsonNode meetings = EngineRestClient.read(rest.withBasicAuth("styrgrupp1", EngineRestClient.DEMO_PASSWORD)
                .getForEntity("/api/council-meetings?limit=50", String.class)
                .getBody());
        assertThat(meetings.size()).isGreaterThanOrEqualTo(2);
        assertThat(meetings.toString()).contains(pledge, "coming-follow-up");
        assertThat(rest.withBasicAuth("admin", EngineRestClient.DEMO_PASSWORD)
                        .getForEntity("/api/council-meetings", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);

        printTimersAndJobs(pledge);
    }

    /** The figures for the operations note: the timers and jobs this pledge-year created, by activity. */
    private void printTimersAndJobs(String pledge) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(pledge)
                .processDefinitionKey(PledgeProcess.KEY)
                .singleResult();
        List<HistoricJobLog> jobs = PledgeJobs.created(history, instance.getId());
        java.util.Map<String, Long> created = new java.util.TreeMap<>();
        jobs.forEach(log -> created.merge(log.getJobDefinitionType() + " " + log.getActivityId(), 1L, Long::sum));
        long measureInstances = history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(instance.getId())
                .count();
        System.out.println("Jobs created in one pledge-year (" + pledge + ", " + measureInstances
                + " measure instances): " + jobs.size() + " " + created);
        assertThat(created).containsKeys("timer-intermediate-transition await-follow-up-date");
    }

    private void followUpDayComes(String pledge, String day) {
        moveClockTo(LocalDate.parse(day)
                .atStartOfDay(ZoneId.of("Europe/Stockholm"))
                .plusHours(1)
                .toInstant());
        await(() -> openTask(pledge, "compile-follow-up") != null, "the follow-up of " + day);
        // the council's monthly timer catches up with the moved clock too (among the other tests' timers)
        await(this::councilCaughtUp, "the council's meetings up to " + day);
    }

    /**
     * The engine's clock is static: process tests in this JVM move it while this application's job executor runs, and
     * the council's monthly timer with it. The pledge-year starts the council's cycle afresh from the coming month.
     */
    private void restartCouncilCycle() {
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        Date firstOfNextMonth =
                Date.from(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), stockholm)
                        .withDayOfMonth(1)
                        .plusMonths(1)
                        .atTime(7, 0)
                        .atZone(stockholm)
                        .toInstant());
        management
                .createJobQuery()
                .processDefinitionKey("tryggare-radet")
                .timers()
                .list()
                .forEach(timer -> management.setJobDuedate(timer.getId(), firstOfNextMonth));
    }

    private boolean councilCaughtUp() {
        return management.createJobQuery().processDefinitionKey("tryggare-radet").timers().list().stream()
                .allMatch(timer -> timer.getDuedate().after(ClockUtil.getCurrentTime()));
    }

    private void awaitDecisions(String pledge, int count) {
        await(
                () -> jdbc.sql(
                                        "SELECT COUNT(*) FROM steering_decision d JOIN pledge p ON p.id = d.pledge_id WHERE p.registration_number = ? AND d.subject = 'follow-up'")
                                .param(pledge)
                                .query(Integer.class)
                                .single()
                        >= count,
                "decision " + count);
    }

    private Task openTask(String pledge, String taskKey) {
        List<Task> open = tasks.createTaskQuery()
                .processInstanceBusinessKey(pledge)
                .taskDefinitionKey(taskKey)
                .list();
        return open.isEmpty() ? null : open.get(0);
    }

    private static void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(
                        "The job executor did not bring " + what + " within " + PATIENCE.toSeconds() + " s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static List<String> subjects(String address, String pledge) {
        return TestMailServer.messagesTo(address, pledge).stream()
                .map(TestMailServer::subject)
                .toList();
    }
}
