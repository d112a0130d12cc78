package se.medborgarlofte.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.ProcessTest;
import se.medborgarlofte.ProcessTestEngine;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.casefile.PublicFeedback;
import se.medborgarlofte.casefile.PublicFeedbackRecords;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.revision.RevisionProcess;
import se.medborgarlofte.system.JsonVariables;

/**
 * The feedback to the citizens after every steering decision on a regular follow-up: the coordinator's task runs
 * beside the pledge, whichever way the decision goes, and what it publishes joins the final feedback in one list.
 */
class FollowUpFeedbackProcessTests extends ProcessTest {

    private PledgeScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new PledgeScenario(engine);
    }

    @Test
    void afterContinuingTheCoordinatorPublishesFeedbackWhileImplementationGoesOn() {
        scenario.inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .review(Element.REVIEW_FOLLOW_UP, Choice.CONTINUE);

        Task task = single(scenario.openFeedbackTasks());
        assertThat(task).hasCandidateGroup("samordnare").hasName("Återkoppla uppföljningen till medborgarna");
        // decided on the follow-up day, 15 February; the standard fourteen days: over when 2 March begins
        assertThat(task.getDueDate())
                .isEqualTo(Date.from(ZonedDateTime.parse("2027-03-02T00:00:00+01:00[Europe/Stockholm]")
                        .toInstant()));
        assertThat(engine.getTaskService().getVariables(task.getId()))
                .containsEntry(Variable.FEEDBACK_FOLLOW_UP_NUMBER, 1)
                .containsEntry(Variable.FEEDBACK_STEERING_DECISION, "Fortsätt enligt plan")
                .containsEntry(Variable.FEEDBACK_DECISION, FeedbackSuggestions.decision(Choice.CONTINUE))
                .containsEntry(Variable.FEEDBACK_CHANGES, FeedbackSuggestions.changes(Choice.CONTINUE))
                .containsEntry(Variable.FEEDBACK_DONE, null);
        // the pledge did not wait for the feedback: back in implementation, its measures running, the next day planned
        assertThat(stage()).isEqualTo(Element.IMPLEMENT);
        assertThat(scenario.pledge).isWaitingAt(Element.IMPLEMENT_MEASURE, Element.PUBLISH_FOLLOW_UP_FEEDBACK);
        assertThat(measures()).isEqualTo(3);
        assertThat(scenario.timer(Element.AWAIT_FOLLOW_UP_DATE)).isNotNull();

        complete(
                task,
                Map.of(
                        Variable.FEEDBACK_DONE,
                        "Vuxna har vandrat på torget varje fredag och tolv nya lampor sitter uppe.",
                        Variable.FEEDBACK_CHANGES,
                        "Inget ändras; vandringarna fortsätter.",
                        Variable.FEEDBACK_DECISION,
                        "Styrgruppen vill att arbetet fortsätter som hittills."));

        assertThat(feedback())
                .containsExactly(new PublicFeedback(
                        "follow-up",
                        1,
                        feedback().get(0).publishedAt(),
                        "Vuxna har vandrat på torget varje fredag och tolv nya lampor sitter uppe.",
                        "Inget ändras; vandringarna fortsätter.",
                        "Styrgruppen vill att arbetet fortsätter som hittills."));
        assertThat(feedback().get(0).publishedAt())
                .isEqualTo(task.getCreateTime().toInstant());
        assertThat(ProcessTestEngine.caseFile()
                        .sql("SELECT description FROM case_event WHERE event_type = 'public-feedback'")
                        .query(String.class)
                        .list())
                .containsExactly("Återkopplingen av uppföljning 1 publicerades för medborgarna.");
        assertThat(scenario.pledge)
                .isWaitingAt(Element.IMPLEMENT_MEASURE)
                .isNotWaitingAt(Element.PUBLISH_FOLLOW_UP_FEEDBACK)
                .hasPassed(Element.FOLLOW_UP_FEEDBACK_PUBLISHED)
                .variables()
                .doesNotContainKeys(Variable.FEEDBACK_DONE, Variable.FEEDBACK_DECISION, Variable.FEEDBACK_FOLLOW_UP_ID);
        assertThat(stage()).isEqualTo(Element.IMPLEMENT);

        // and the next follow-up comes as before
        scenario.followUpFalls();
        assertThat(scenario.pledge).isWaitingAt(Element.COMPILE_FOLLOW_UP, Element.IMPLEMENT_MEASURE);
    }

    @Test
    void afterRevisingTheFeedbackWaitsBesideTheRevisionAndNeitherHoldsUpTheOther() {
        scenario.inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .review(Element.REVIEW_FOLLOW_UP, Choice.REVISE);

        assertThat(scenario.pledge)
                .isWaitingAt(
                        Element.IMPLEMENT_MEASURE,
                        RevisionProcess.Element.DRAFT_REVISION,
                        Element.PUBLISH_FOLLOW_UP_FEEDBACK);
        assertThat(engine.getTaskService()
                        .getVariables(single(scenario.openFeedbackTasks()).getId()))
                .containsEntry(Variable.FEEDBACK_STEERING_DECISION, "Revidera åtagandena")
                .containsEntry(Variable.FEEDBACK_DECISION, FeedbackSuggestions.decision(Choice.REVISE));

        // the measures run on while the revision is drafted; the feedback is published meanwhile
        assertThat(measures()).isEqualTo(3);

        scenario.publishFeedback("Polisen har varit på torget varje helg men belysningen dröjer.");

        assertThat(feedback()).singleElement().satisfies(published -> {
            assertThat(published.kind()).isEqualTo("follow-up");
            assertThat(published.followUpNumber()).isEqualTo(1);
            assertThat(published.decision()).isEqualTo(FeedbackSuggestions.decision(Choice.REVISE));
            assertThat(published.changes()).isEqualTo(FeedbackSuggestions.changes(Choice.REVISE));
        });
        assertThat(scenario.pledge).isWaitingAt(Element.IMPLEMENT_MEASURE, RevisionProcess.Element.DRAFT_REVISION);
        assertThat(stage()).isEqualTo(RevisionProcess.Element.REVISE_COMMITMENTS);
    }

    @Test
    void afterClosingBothFeedbacksArePublishedAndThePledgeEndsWithTheLast() {
        scenario.inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .review(Element.REVIEW_FOLLOW_UP, Choice.CLOSE);

        assertThat(scenario.pledge).isWaitingAt(Element.GIVE_FEEDBACK_TO_CITIZENS, Element.PUBLISH_FOLLOW_UP_FEEDBACK);
        assertThat(stage()).isEqualTo(Element.CONCLUDE);

        scenario.publishFeedback("Torget är tryggare och det mesta vi lovade är gjort.");
        scenario.completeAs(
                Element.GIVE_FEEDBACK_TO_CITIZENS,
                "samordnare",
                Map.of(
                        "feedbackOn",
                        "2027-03-01",
                        "feedbackChannels",
                        JsonVariables.json("[\"webb\"]"),
                        "feedbackSummary",
                        "Medborgarlöftet avslutas eftersom målen är nådda."));
        scenario.decideRenewal(Choice.CLOSE);

        assertThat(scenario.pledge).isEnded().hasPassed(Element.PLEDGE_CLOSED, Element.FOLLOW_UP_FEEDBACK_PUBLISHED);
        assertThat(feedback())
                .extracting(PublicFeedback::kind, PublicFeedback::followUpNumber, PublicFeedback::decision)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("follow-up", 1, FeedbackSuggestions.decision(Choice.CLOSE)),
                        org.assertj.core.groups.Tuple.tuple(
                                "final", null, FeedbackSuggestions.finalDecision(Choice.CLOSE)));
        assertThat(feedback().get(1).done()).isEqualTo("Medborgarlöftet avslutas eftersom målen är nådda.");
        assertThat(feedback().get(1).changes()).isNull();
    }

    @Test
    void aPledgeClosedBeforeItsFeedbackIsPublishedEndsOnlyOnceItIs() {
        scenario.inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .review(Element.REVIEW_FOLLOW_UP, Choice.CLOSE);
        scenario.completeAs(
                Element.GIVE_FEEDBACK_TO_CITIZENS,
                "samordnare",
                Map.of(
                        "feedbackOn",
                        "2027-03-01",
                        "feedbackChannels",
                        JsonVariables.json("[\"webb\"]"),
                        "feedbackSummary",
                        "Medborgarlöftet avslutas eftersom målen är nådda."));
        scenario.decideRenewal(Choice.CLOSE);

        // the case file records the pledge as ended; its instance waits for the follow-up's feedback alone
        assertThat(ProcessTestEngine.caseFile()
                        .sql("SELECT status FROM pledge")
                        .query(String.class)
                        .single())
                .isEqualTo("closed");
        assertThat(scenario.pledge).hasPassed(Element.PLEDGE_CLOSED).isWaitingAt(Element.PUBLISH_FOLLOW_UP_FEEDBACK);

        scenario.publishFeedback("Torget är tryggare och det mesta vi lovade är gjort.");

        assertThat(scenario.pledge).isEnded();
        assertThat(feedback()).extracting(PublicFeedback::kind).containsExactly("final", "follow-up");
    }

    @Test
    void feedbackOnTwoFollowUpsOpenAtOnceKeepsEachToItsOwnFollowUpAndDecision() {
        scenario.inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .review(Element.REVIEW_FOLLOW_UP, Choice.CONTINUE)
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .review(Element.REVIEW_FOLLOW_UP, Choice.REVISE);

        List<Task> open = scenario.openFeedbackTasks();
        assertThat(open).hasSize(2);
        assertThat(open)
                .extracting(
                        task -> engine.getTaskService().getVariable(task.getId(), Variable.FEEDBACK_FOLLOW_UP_NUMBER))
                .containsExactly(1, 2);
        // the second first, with its own words; then the first keeps its suggestions
        complete(
                open.get(1),
                Map.of(
                        Variable.FEEDBACK_DONE,
                        "Belysningen är klar, men vandringarna har haft för få vuxna.",
                        Variable.FEEDBACK_CHANGES,
                        "Vi söker fler vuxna till vandringarna.",
                        Variable.FEEDBACK_DECISION,
                        "Styrgruppen vill ändra det vi lovat om vandringarna."));
        assertThat(engine.getTaskService().getVariable(open.get(0).getId(), Variable.FEEDBACK_DECISION))
                .isEqualTo(FeedbackSuggestions.decision(Choice.CONTINUE));
        scenario.publishFeedback("Vuxna har vandrat på torget varje fredag sedan december.");

        assertThat(feedback())
                .extracting(PublicFeedback::followUpNumber, PublicFeedback::decision)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Styrgruppen vill ändra det vi lovat om vandringarna."),
                        org.assertj.core.groups.Tuple.tuple(1, FeedbackSuggestions.decision(Choice.CONTINUE)));
    }

    @Test
    void theFinalReviewLeadsToTheFinalFeedbackOnly() {
        scenario.inImplementation()
                .periodEnds()
                .compileFollowUp(Element.COMPILE_FINAL_FOLLOW_UP)
                .review(Element.REVIEW_FINAL_FOLLOW_UP, Choice.CONTINUE);

        assertThat(scenario.openFeedbackTasks()).isEmpty();
        scenario.giveFinalFeedback();

        assertThat(feedback()).singleElement().satisfies(published -> {
            assertThat(published.kind()).isEqualTo("final");
            assertThat(published.done()).isEqualTo("Vi berättade om resultaten på ett medborgarmöte.");
            assertThat(published.decision()).isEqualTo(FeedbackSuggestions.finalDecision(Choice.CONTINUE));
        });
        assertThat(ProcessTestEngine.caseFile()
                        .sql("SELECT feedback_summary FROM pledge")
                        .query(String.class)
                        .single())
                .isEqualTo("Vi berättade om resultaten på ett medborgarmöte.");
    }

    /** What the public read method gives for the scenario's pledge. */
    private List<PublicFeedback> feedback() {
        var caseFile = ProcessTestEngine.caseFile();
        return new PublicFeedbackRecords(caseFile, new CaseEvents(caseFile)).ofPledge("ML-2026-0001");
    }

    private String stage() {
        return ProcessTestEngine.caseFile()
                .sql("SELECT stage FROM pledge")
                .query(String.class)
                .single();
    }

    private long measures() {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(scenario.pledge.getId())
                .count();
    }

    private static Task single(List<Task> tasks) {
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }
}
