package se.medborgarlofte.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.ProcessTest;
import se.medborgarlofte.ProcessTestEngine;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.casefile.SteeringSubject;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.pledge.PledgeScenario;
import se.medborgarlofte.steering.process.ReviewTaskRecorder;
import se.medborgarlofte.system.FormValues;

/**
 * The steering group confirms the focus areas and decides on renewal as it reviews a follow-up: one task per member,
 * the quorum, the deadline, the majority of those who answered, a tie to the decision that changes least, and only the
 * consolidated decision reaches the gateway.
 */
class FocusAreasAndRenewalProcessTests extends ProcessTest {

    private PledgeScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new PledgeScenario(engine);
    }

    @Test
    void eachMemberAnswersOnTheFocusAreasInATaskOfTheirOwnAndOneAnswerDecidesNothing() {
        scenario.start().compileSituationPictures().compileJointPicture();

        List<Task> tasks = tasks(Element.CONFIRM_FOCUS_AREAS);
        assertThat(tasks)
                .extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(ProcessTestEngine.STEERING_GROUP);
        Task first = tasks.get(0);
        assertThat(first.getDueDate()).isEqualTo(scenario.dueDateOfTimer(Element.FOCUS_AREAS_DEADLINE_PASSED));
        for (Task task : tasks) {
            assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                    .noneMatch(link -> "styrgrupp".equals(link.getGroupId()));
        }
        assertThat(review(SteeringSubject.FOCUS_AREAS))
                .containsEntry("members", 3)
                .containsEntry("quorum", 2)
                .containsEntry("follow_up_id", null);

        scenario.answerWithComment(Element.CONFIRM_FOCUS_AREAS, "styrgrupp1", Choice.SEND_BACK, "Fördjupa analysen.");

        assertThat(tasks(Element.CONFIRM_FOCUS_AREAS)).hasSize(2);
        assertThat(decisions(SteeringSubject.FOCUS_AREAS)).isEmpty();
        // the member's answer stays in their own task: nothing a gateway reads was written
        assertThat(scenario.pledge())
                .variables()
                .doesNotContainKeys(
                        Variable.FOCUS_AREAS_DECISION, SteeringProcess.REVIEWER_DECISION, Variable.FOCUS_AREAS_COMMENT);
    }

    @Test
    void theFocusAreasAreConfirmedWhenTheQuorumConfirmsThem() {
        scenario.start().compileSituationPictures().compileJointPicture();
        scenario.answer(Element.CONFIRM_FOCUS_AREAS, "styrgrupp3", Choice.CONFIRM);
        scenario.answerWithComment(Element.CONFIRM_FOCUS_AREAS, "styrgrupp1", Choice.CONFIRM, null);

        assertThat(tasks(Element.CONFIRM_FOCUS_AREAS)).isEmpty();
        assertThat(decisions(SteeringSubject.FOCUS_AREAS))
                .containsExactly("confirm/quorum/Beslutet fattades när 2 av 3 ledamöter hade svarat (beslutförhet 2).");
        assertThat(positions(SteeringSubject.FOCUS_AREAS))
                .containsExactly("styrgrupp1=confirm", "styrgrupp2=null", "styrgrupp3=confirm");
        assertThat(scenario.pledge())
                .hasPassed(Element.TAKE_FOCUS_AREAS_DECISION, Element.IDENTIFY_NEED)
                .isWaitingAt(Element.DRAFT_PLEDGE);
    }

    @Test
    void theFocusAreasGoBackToTheCoordinatorWhenTheMajoritySendsThemBack() {
        scenario.start().compileSituationPictures().compileJointPicture().decideFocusAreas(Choice.SEND_BACK);

        assertThat(tasks(Element.CONFIRM_FOCUS_AREAS)).isEmpty();
        assertThat(decisions(SteeringSubject.FOCUS_AREAS))
                .singleElement()
                .asString()
                .startsWith("send-back/quorum/");
        assertThat(scenario.pledge()).isWaitingAt(Element.COMPILE_JOINT_SITUATION_PICTURE);
        assertThat(engine.getTaskService()
                        .getVariable(
                                task(Element.COMPILE_JOINT_SITUATION_PICTURE).getId(), Variable.FOCUS_AREAS_COMMENT)
                        .toString())
                .contains("Anna Berg: Orsaksanalysen behöver fördjupas.");

        // a new round: every member answers again, on the revised picture
        scenario.compileJointPicture();
        assertThat(tasks(Element.CONFIRM_FOCUS_AREAS)).hasSize(3);
        scenario.decideFocusAreas(Choice.CONFIRM);
        assertThat(decisions(SteeringSubject.FOCUS_AREAS))
                .hasSize(2)
                .last()
                .asString()
                .startsWith("confirm/quorum/");
        assertThat(scenario.pledge()).isWaitingAt(Element.DRAFT_PLEDGE);
    }

    @Test
    void atTheDeadlineTheFewAnswersGivenDecideTheFocusAreas() {
        scenario.start().compileSituationPictures().compileJointPicture();
        scenario.answerWithComment(Element.CONFIRM_FOCUS_AREAS, "styrgrupp2", Choice.SEND_BACK, "Fler platser behövs.")
                .reviewTimeRunsOut(Element.FOCUS_AREAS_DEADLINE_PASSED);

        assertThat(tasks(Element.CONFIRM_FOCUS_AREAS)).isEmpty();
        assertThat(decisions(SteeringSubject.FOCUS_AREAS))
                .containsExactly("send-back/deadline/Beslutet fattades vid granskningstidens slut, när 1 av 3"
                        + " ledamöter hade svarat (beslutförhet 2).");
        assertThat(scenario.pledge()).isWaitingAt(Element.COMPILE_JOINT_SITUATION_PICTURE);
    }

    @Test
    void withoutAnyAnswerByTheDeadlineTheFocusAreasStandAsProposed() {
        scenario.start().compileSituationPictures().compileJointPicture();
        scenario.reviewTimeRunsOut(Element.FOCUS_AREAS_DEADLINE_PASSED);

        assertThat(decisions(SteeringSubject.FOCUS_AREAS))
                .singleElement()
                .asString()
                .startsWith("confirm/deadline/Ingen av styrgruppens 3 ledamöter svarade");
        assertThat(positions(SteeringSubject.FOCUS_AREAS))
                .containsExactly("styrgrupp1=null", "styrgrupp2=null", "styrgrupp3=null");
        assertThat(scenario.pledge()).isWaitingAt(Element.DRAFT_PLEDGE);
    }

    @Test
    void aTieOnTheFocusAreasConfirmsThemWithTheDissentRecorded() {
        scenario.start().compileSituationPictures().compileJointPicture();
        scenario.answer(Element.CONFIRM_FOCUS_AREAS, "styrgrupp1", Choice.CONFIRM)
                .answer(Element.CONFIRM_FOCUS_AREAS, "styrgrupp2", Choice.SEND_BACK);

        assertThat(decisions(SteeringSubject.FOCUS_AREAS))
                .singleElement()
                .asString()
                .startsWith("confirm/quorum/")
                .contains("Reservation: Johan Lind (för återremittera fokusområdena till samordnaren).");
        assertThat(scenario.pledge()).isWaitingAt(Element.DRAFT_PLEDGE);
    }

    @Test
    void aMajorityRenewsThePledge() {
        atTheRenewal();

        assertThat(tasks(Element.DECIDE_RENEWAL))
                .extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(ProcessTestEngine.STEERING_GROUP);
        scenario.answer(Element.DECIDE_RENEWAL, "styrgrupp1", Choice.RENEW);
        assertThat(decisions(SteeringSubject.RENEWAL)).isEmpty();
        assertThat(scenario.pledge()).variables().doesNotContainKey(Variable.RENEWAL_DECISION);

        scenario.answer(Element.DECIDE_RENEWAL, "styrgrupp3", Choice.RENEW);

        assertThat(decisions(SteeringSubject.RENEWAL))
                .singleElement()
                .asString()
                .startsWith("renew/quorum/");
        assertThat(positions(SteeringSubject.RENEWAL))
                .containsExactly("styrgrupp1=renew", "styrgrupp2=null", "styrgrupp3=renew");
        assertThat(scenario.pledge()).isEnded().hasPassed(Element.TAKE_RENEWAL_DECISION, Element.PLEDGE_RENEWED);
    }

    @Test
    void aMajorityClosesThePledge() {
        atTheRenewal();
        scenario.answer(Element.DECIDE_RENEWAL, "styrgrupp1", Choice.CLOSE)
                .answer(Element.DECIDE_RENEWAL, "styrgrupp2", Choice.CLOSE);

        assertThat(tasks(Element.DECIDE_RENEWAL)).isEmpty();
        assertThat(decisions(SteeringSubject.RENEWAL))
                .containsExactly("close/quorum/Beslutet fattades när 2 av 3 ledamöter hade svarat (beslutförhet 2).");
        assertThat(ProcessTestEngine.caseFile()
                        .sql("SELECT status FROM pledge")
                        .query(String.class)
                        .single())
                .isEqualTo("closed");
        assertThat(scenario.pledge()).isEnded().hasPassed(Element.PLEDGE_CLOSED).hasNotPassed(Element.PLEDGE_RENEWED);
    }

    @Test
    void aTieOnRenewalClosesThePledgeWithTheDissentRecorded() {
        atTheRenewal();
        scenario.answer(Element.DECIDE_RENEWAL, "styrgrupp1", Choice.RENEW)
                .answer(Element.DECIDE_RENEWAL, "styrgrupp2", Choice.CLOSE);

        assertThat(decisions(SteeringSubject.RENEWAL))
                .singleElement()
                .asString()
                .startsWith("close/quorum/")
                .contains("Reservation: Anna Berg (för förnya medborgarlöftet).");
        assertThat(scenario.pledge()).isEnded().hasPassed(Element.PLEDGE_CLOSED).hasNotPassed(Element.PLEDGE_RENEWED);
    }

    @Test
    void atTheDeadlineTheFewAnswersGivenDecideOnRenewal() {
        atTheRenewal();
        scenario.answer(Element.DECIDE_RENEWAL, "styrgrupp3", Choice.RENEW)
                .reviewTimeRunsOut(Element.RENEWAL_DEADLINE_PASSED);

        assertThat(tasks(Element.DECIDE_RENEWAL)).isEmpty();
        assertThat(decisions(SteeringSubject.RENEWAL))
                .singleElement()
                .asString()
                .startsWith("renew/deadline/");
        assertThat(scenario.pledge()).isEnded().hasPassed(Element.PLEDGE_RENEWED);
    }

    @Test
    void aTaskOfTheModelsEarlierVersionIsStillRecordedAsOneMembersDecision() {
        scenario.start();
        CaseEvents events = new CaseEvents(ProcessTestEngine.caseFile());
        ReviewTaskRecorder recorder = new ReviewTaskRecorder(
                new SteeringReviews(ProcessTestEngine.caseFile(), events, ProcessTestEngine.CALENDAR), events);
        Map<String, Object> oldForm = Map.of(
                Variable.FOCUS_AREAS_DECISION, Choice.SEND_BACK, Variable.FOCUS_AREAS_COMMENT, "Fördjupa analysen.");

        recorder.record(new CompletedTask(
                Element.CONFIRM_FOCUS_AREAS,
                scenario.pledge().getBusinessKey(),
                new FormValues(oldForm::get),
                "styrgrupp1",
                "styrgrupp1",
                java.time.Instant.now()));

        assertThat(ProcessTestEngine.caseFile()
                        .sql("SELECT description FROM case_event WHERE event_type = 'focus-areas'")
                        .query(String.class)
                        .list())
                .containsExactly("Styrgruppen återremitterade fokusområdena: Fördjupa analysen.");
        assertThat(decisions(SteeringSubject.FOCUS_AREAS)).isEmpty();
    }

    private void atTheRenewal() {
        scenario.inImplementation()
                .periodEnds()
                .compileFollowUp(Element.COMPILE_FINAL_FOLLOW_UP)
                .review(Element.REVIEW_FINAL_FOLLOW_UP, Choice.CONTINUE)
                .giveFinalFeedback();
    }

    private List<Task> tasks(String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(scenario.pledge().getId())
                .taskDefinitionKey(taskKey)
                .list();
    }

    private Task task(String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(scenario.pledge().getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    private Map<String, Object> review(SteeringSubject subject) {
        Map<String, Object> lower = new java.util.HashMap<>();
        ProcessTestEngine.caseFile()
                .sql("SELECT members, quorum, follow_up_id FROM steering_review WHERE subject = ?")
                .param(subject.id())
                .query()
                .singleRow()
                .forEach((key, value) -> lower.put(key.toLowerCase(), value));
        return lower;
    }

    /** The decisions on this subject, each as decision/when/explanation. */
    private List<String> decisions(SteeringSubject subject) {
        return ProcessTestEngine.caseFile()
                .sql("SELECT decision, decided_when, comment FROM steering_decision WHERE subject = ? ORDER BY id")
                .param(subject.id())
                .query((rs, n) ->
                        rs.getString("decision") + "/" + rs.getString("decided_when") + "/" + rs.getString("comment"))
                .list();
    }

    private List<String> positions(SteeringSubject subject) {
        return ProcessTestEngine.caseFile()
                .sql("""
                        SELECT p.member, p.decision FROM steering_position p JOIN steering_review r ON r.id = p.review_id
                        WHERE r.subject = ? ORDER BY r.id DESC, p.member""")
                .param(subject.id())
                .query((rs, n) -> rs.getString("member") + "=" + rs.getString("decision"))
                .list();
    }
}
