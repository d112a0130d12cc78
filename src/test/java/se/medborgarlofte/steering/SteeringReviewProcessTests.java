package se.medborgarlofte.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.ProcessTest;
import se.medborgarlofte.ProcessTestEngine;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.pledge.PledgeScenario;
import se.medborgarlofte.revision.RevisionProcess;

/** The steering group's collective review: one task per member, the quorum rules, the deadline, dissent. */
class SteeringReviewProcessTests extends ProcessTest {

    private PledgeScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new PledgeScenario(engine);
    }

    @AfterEach
    void tearDown() {
        ProcessTestEngine.useSteeringQuorum("majority");
    }

    @Test
    void eachMemberReviewsInATaskOfTheirOwnDueWhenTheReviewTimeEnds() {
        scenario.inImplementation().followUpFalls().compileFollowUp(Element.COMPILE_FOLLOW_UP);

        List<Task> tasks = reviewTasks(Element.REVIEW_FOLLOW_UP);
        assertThat(tasks)
                .extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(ProcessTestEngine.STEERING_GROUP);
        // created on the follow-up day, 15 February, with ten days to answer: over when 26 February begins
        Date deadline = scenario.dueDateOfTimer(Element.REVIEW_DEADLINE_PASSED);
        assertThat(deadline)
                .isEqualTo(Date.from(LocalDate.parse("2027-02-26")
                        .atStartOfDay(PledgeScenario.START.getZone())
                        .toInstant()));
        for (Task task : tasks) {
            assertThat(task.getDueDate()).isEqualTo(deadline);
            assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                    .noneMatch(link -> "styrgrupp".equals(link.getGroupId()));
            assertThat(engine.getTaskService()
                            .getVariable(task.getId(), Variable.COMMITMENT_ASSESSMENTS)
                            .toString())
                    .contains("Polisen lovar")
                    .contains("Kommunen lovar")
                    .contains("Föreningarna lovar");
        }
        assertThat(review()).containsEntry("members", 3).containsEntry("quorum", 2);
    }

    @Test
    void aMajorityDecidesAndTheLastMembersTaskIsWithdrawn() {
        scenario.inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .answer(Element.REVIEW_FOLLOW_UP, "styrgrupp1", Choice.CONTINUE);

        assertThat(reviewTasks(Element.REVIEW_FOLLOW_UP)).hasSize(2);
        assertThat(decisions()).isEmpty();

        scenario.answer(Element.REVIEW_FOLLOW_UP, "styrgrupp3", Choice.CONTINUE);

        assertThat(reviewTasks(Element.REVIEW_FOLLOW_UP)).isEmpty();
        assertThat(decisions())
                .singleElement()
                .satisfies(decision -> assertThat(decision)
                        .containsEntry("decision", "continue")
                        .containsEntry("decided_when", "quorum"));
        assertThat(positions()).containsExactly("styrgrupp1=continue", "styrgrupp2=null", "styrgrupp3=continue");
        assertThat(scenario.pledge())
                .isWaitingAt(Element.IMPLEMENT_MEASURE)
                .variables()
                .containsEntry(Variable.STEERING_DECISION, Choice.CONTINUE);
    }

    @Test
    void aTieGoesToTheDecisionThatChangesLeastAndTheGraverAssessmentWithTheDissentRecorded() {
        scenario.inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .answer(Element.REVIEW_FOLLOW_UP, "styrgrupp1", Choice.CONTINUE, "at-risk")
                .answer(Element.REVIEW_FOLLOW_UP, "styrgrupp2", Choice.REVISE, "not-met");

        assertThat(decisions())
                .singleElement()
                .satisfies(decision -> assertThat(decision)
                        .containsEntry("decision", "continue")
                        .hasEntrySatisfying(
                                "comment",
                                comment -> assertThat((String) comment)
                                        .contains("2 av 3 ledamöter")
                                        .contains("Reservation: Johan Lind (för revidera åtagandena)")));
        assertThat(ProcessTestEngine.caseFile()
                        .sql("SELECT assessment FROM commitment_assessment ORDER BY position")
                        .query(String.class)
                        .list())
                .containsExactly("not-met", "on-track", "on-track");
        assertThat(scenario.pledge()).isWaitingAt(Element.IMPLEMENT_MEASURE);
    }

    @Test
    void aMajorityToReviseOpensTheRevisionDraft() {
        scenario.inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .answer(Element.REVIEW_FOLLOW_UP, "styrgrupp2", Choice.REVISE)
                .answer(Element.REVIEW_FOLLOW_UP, "styrgrupp3", Choice.REVISE);

        assertThat(scenario.pledge()).isWaitingAt(RevisionProcess.Element.DRAFT_REVISION);
        assertThat(reviewTasks(Element.REVIEW_FOLLOW_UP)).isEmpty();
    }

    @Test
    void whenTheReviewTimeRunsOutTheAnswersGivenDecide() {
        scenario.inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .answer(Element.REVIEW_FOLLOW_UP, "styrgrupp1", Choice.CLOSE)
                .reviewTimeRunsOut(Element.REVIEW_DEADLINE_PASSED);

        assertThat(reviewTasks(Element.REVIEW_FOLLOW_UP)).isEmpty();
        assertThat(decisions())
                .singleElement()
                .satisfies(decision -> assertThat(decision)
                        .containsEntry("decision", "close")
                        .containsEntry("decided_when", "deadline")
                        .hasEntrySatisfying(
                                "comment",
                                comment -> assertThat((String) comment)
                                        .contains("vid granskningstidens slut, när 1 av 3")));
        assertThat(scenario.pledge()).isWaitingAt(Element.GIVE_FEEDBACK_TO_CITIZENS);
    }

    @Test
    void withoutAnyAnswerByTheDeadlineThePledgeContinues() {
        scenario.inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .reviewTimeRunsOut(Element.REVIEW_DEADLINE_PASSED);

        assertThat(decisions())
                .singleElement()
                .satisfies(decision -> assertThat(decision)
                        .containsEntry("decision", "continue")
                        .containsEntry("decided_when", "deadline")
                        .hasEntrySatisfying(
                                "comment",
                                comment -> assertThat((String) comment).startsWith("Ingen av styrgruppens 3")));
        assertThat(positions()).containsExactly("styrgrupp1=null", "styrgrupp2=null", "styrgrupp3=null");
        assertThat(scenario.pledge()).isWaitingAt(Element.IMPLEMENT_MEASURE);
    }

    @Test
    void aQuorumOfAllWaitsForEveryMember() {
        scenario.inImplementation();
        ProcessTestEngine.useSteeringQuorum("all");
        scenario.followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .answer(Element.REVIEW_FOLLOW_UP, "styrgrupp1", Choice.REVISE)
                .answer(Element.REVIEW_FOLLOW_UP, "styrgrupp2", Choice.REVISE);

        assertThat(reviewTasks(Element.REVIEW_FOLLOW_UP))
                .extracting(Task::getAssignee)
                .containsExactly("styrgrupp3");
        assertThat(decisions()).isEmpty();

        scenario.answer(Element.REVIEW_FOLLOW_UP, "styrgrupp3", Choice.CONTINUE);

        assertThat(decisions())
                .singleElement()
                .satisfies(decision -> assertThat(decision)
                        .containsEntry("decision", "revise")
                        .containsEntry("decided_when", "quorum")
                        .hasEntrySatisfying(
                                "comment",
                                comment -> assertThat((String) comment).contains("Reservation: Sara Öberg")));
        assertThat(scenario.pledge()).isWaitingAt(RevisionProcess.Element.DRAFT_REVISION);
    }

    @Test
    void aFixedQuorumOfOneLetsTheFirstAnswerDecide() {
        scenario.inImplementation();
        ProcessTestEngine.useSteeringQuorum("1");
        scenario.followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .answer(Element.REVIEW_FOLLOW_UP, "styrgrupp3", Choice.CONTINUE);

        assertThat(review()).containsEntry("quorum", 1);
        assertThat(reviewTasks(Element.REVIEW_FOLLOW_UP)).isEmpty();
        assertThat(decisions())
                .singleElement()
                .satisfies(decision -> assertThat(decision).containsEntry("decided_when", "quorum"));
    }

    @Test
    void theFinalReviewFollowsTheSameRulesAndItsDeadline() {
        scenario.inImplementation().periodEnds().compileFollowUp(Element.COMPILE_FINAL_FOLLOW_UP);

        assertThat(reviewTasks(Element.REVIEW_FINAL_FOLLOW_UP)).hasSize(3);
        scenario.answer(Element.REVIEW_FINAL_FOLLOW_UP, "styrgrupp1", Choice.CLOSE)
                .reviewTimeRunsOut(Element.FINAL_REVIEW_DEADLINE_PASSED);

        assertThat(decisions())
                .singleElement()
                .satisfies(decision -> assertThat(decision)
                        .containsEntry("decision", "close")
                        .containsEntry("decided_when", "deadline"));
        assertThat(scenario.pledge()).isWaitingAt(Element.GIVE_FEEDBACK_TO_CITIZENS);
    }

    private List<Task> reviewTasks(String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(scenario.pledge().getId())
                .taskDefinitionKey(taskKey)
                .list();
    }

    private Map<String, Object> review() {
        return lowerCaseKeys(ProcessTestEngine.caseFile()
                .sql("SELECT members, quorum FROM steering_review WHERE subject = 'follow-up'")
                .query()
                .singleRow());
    }

    private List<Map<String, Object>> decisions() {
        return ProcessTestEngine.caseFile()
                .sql(
                        "SELECT decision, decided_when, comment FROM steering_decision WHERE subject = 'follow-up' ORDER BY id")
                .query()
                .listOfRows()
                .stream()
                .map(SteeringReviewProcessTests::lowerCaseKeys)
                .toList();
    }

    private List<String> positions() {
        return ProcessTestEngine.caseFile()
                .sql("""
                        SELECT p.member, p.decision FROM steering_position p JOIN steering_review r ON r.id = p.review_id
                        WHERE r.subject = 'follow-up' ORDER BY p.member""")
                .query((rs, n) -> rs.getString("member") + "=" + rs.getString("decision"))
                .list();
    }

    private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        Map<String, Object> lower = new java.util.HashMap<>();
        row.forEach((key, value) -> lower.put(key.toLowerCase(), value));
        return lower;
    }
}
