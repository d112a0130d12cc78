package se.medborgarlofte.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.PledgeJobs;
import se.medborgarlofte.ProcessTest;
import se.medborgarlofte.ProcessTestEngine;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.measure.MeasureProcess;
import se.medborgarlofte.place.PlaceGeometry;
import se.medborgarlofte.place.PledgePlaces;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.revision.RevisionProcess;

class PledgeProcessTests extends ProcessTest {

    private PledgeScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new PledgeScenario(engine);
    }

    @Test
    void startsWithParallelSituationPicturesAndARegistrationNumber() {
        scenario.start();

        assertThat(scenario.pledge)
                .isActive()
                .isWaitingAt(
                        Element.COMPILE_POLICE_SITUATION_PICTURE,
                        Element.COMPILE_MUNICIPAL_SITUATION_PICTURE,
                        Element.HOLD_CITIZEN_DIALOGUE);
        assertThat(task(Element.COMPILE_POLICE_SITUATION_PICTURE, scenario.pledge))
                .hasCandidateGroup("polis");
        assertThat(task(Element.COMPILE_MUNICIPAL_SITUATION_PICTURE, scenario.pledge))
                .hasCandidateGroup("kommun");
        assertThat(task(Element.HOLD_CITIZEN_DIALOGUE, scenario.pledge)).hasCandidateGroup("kommun");
        assertThat(scenario.pledge.getBusinessKey()).isEqualTo("ML-2026-0001");
        assertThat(scenario.pledge).variables().containsEntry(Variable.REGISTRATION_NUMBER, "ML-2026-0001");
    }

    @Test
    void tasksTheModelDoesNotDateGetTheirConfiguredDeadline() {
        scenario.start().identifyNeed();

        assertThat(task(Element.DRAFT_PLEDGE, scenario.pledge))
                .hasDueDate(Date.from(ZonedDateTime.parse("2027-01-01T00:00:00+01:00[Europe/Stockholm]")
                        .toInstant()));
        scenario.draft();
        assertThat(task(Element.APPROVE_PLEDGE_POLICE, scenario.pledge))
                .hasDueDate(Date.from(ZonedDateTime.parse("2026-12-16T00:00:00+01:00[Europe/Stockholm]")
                        .toInstant()));
    }

    @Test
    void givesEachNewPledgeOfTheYearTheNextRegistrationNumber() {
        new PledgeScenario(engine).start();
        new PledgeScenario(engine).start();
        ProcessInstance third = new PledgeScenario(engine).start().pledge;

        assertThat(third.getBusinessKey()).isEqualTo("ML-2026-0003");
    }

    @Test
    void refusesToStartWithAPeriodThatEndsBeforeItBegins() {
        var variables = PledgeScenario.startVariables();
        variables.put(Variable.PERIOD_END, "2026-01-01");

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(PledgeProcess.KEY, variables))
                .hasMessageContaining("Periodens sista dag (2026-01-01) ligger före dess första dag (2026-12-01)");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .isZero();
    }

    @Test
    void jointPictureWaitsForAllThreeSituationPictures() {
        scenario.start().policePicture();

        assertThat(scenario.pledge).isNotWaitingAt(Element.COMPILE_JOINT_SITUATION_PICTURE);

        scenario.municipalPicture().citizenDialogue();

        assertOpenTasks(Element.COMPILE_JOINT_SITUATION_PICTURE);
        assertThat(task(Element.COMPILE_JOINT_SITUATION_PICTURE, scenario.pledge))
                .hasCandidateGroup("samordnare");
    }

    @Test
    void thePoliceSituationPictureIsShownOnlyInTheCoordinatorsJointPictureTask() {
        scenario.start().compileSituationPictures();

        assertThat(scenario.pledge)
                .variables()
                .doesNotContainKeys("policeWhat", "policeWhere", "staffDialogueFindings")
                .containsEntry("municipalWhat", "Skadegörelse");
        String jointTask =
                task(Element.COMPILE_JOINT_SITUATION_PICTURE, scenario.pledge).getId();
        assertThat(engine.getTaskService().getVariablesLocal(jointTask))
                .containsEntry("policeWhat", "Ordningsstörningar")
                .containsEntry("reportedCrimesBaseline", 142);
    }

    @Test
    void focusAreasSentBackReturnToTheCoordinatorWithTheComment() {
        scenario.start().compileSituationPictures().compileJointPicture().decideFocusAreas(Choice.SEND_BACK);

        assertOpenTasks(Element.COMPILE_JOINT_SITUATION_PICTURE);
        assertThat(scenario.pledge)
                .variables()
                .hasEntrySatisfying(
                        Variable.FOCUS_AREAS_COMMENT,
                        comment -> assertThat((String) comment)
                                .contains("Anna Berg: Orsaksanalysen behöver fördjupas.")
                                .contains("Johan Lind: Orsaksanalysen behöver fördjupas."))
                .doesNotContainKey(Variable.FOCUS_AREAS_DECISION);

        scenario.compileJointPicture().decideFocusAreas(Choice.CONFIRM);

        assertThat(scenario.pledge).hasPassed(Element.IDENTIFY_NEED);
        assertOpenTasks(Element.DRAFT_PLEDGE);
        assertThat(task(Element.DRAFT_PLEDGE, scenario.pledge)).hasCandidateGroup("samordnare");
    }

    @Test
    void approvalsRunInParallelAfterTheDraft() {
        scenario.start().identifyNeed().draft();

        assertOpenTasks(
                Element.APPROVE_PLEDGE_POLICE, Element.APPROVE_PLEDGE_MUNICIPALITY, Element.APPROVE_PLEDGE_CO_SIGNER);
        assertThat(task(Element.APPROVE_PLEDGE_POLICE, scenario.pledge)).hasCandidateGroup("polisledning");
        assertThat(task(Element.APPROVE_PLEDGE_MUNICIPALITY, scenario.pledge)).hasCandidateGroup("kommunledning");
        assertThat(task(Element.APPROVE_PLEDGE_CO_SIGNER, scenario.pledge))
                .hasCandidateGroup(PledgeScenario.ASSOCIATION_GROUP);
    }

    @Test
    void everySignatoryApprovesSoThePledgeIsSignedCommunicatedAndImplemented() {
        scenario.start()
                .identifyNeed()
                .draft()
                .police(Choice.APPROVE)
                .municipality(Choice.APPROVE)
                .coSigner(Choice.APPROVE);

        assertThat(scenario.pledge).hasPassed(Element.RECORD_SIGNATURES);
        assertOpenTasks(Element.COMMUNICATE_PLEDGE);
        assertThat(scenario.pledge)
                .variables()
                .containsEntry(Variable.SIGNED_ON, "2026-12-01")
                .containsEntry(
                        Variable.SIGNATORIES,
                        "Eva Holm (Polisen), Lars Ekström (Kommunen), Fatima Ali (Föreningar och civilsamhälle)");

        scenario.communicate();

        assertThat(scenario.pledge).hasPassed(Element.AGREE_WITH_POLICE).isWaitingAt(Element.IMPLEMENT_MEASURE);
        assertThat(measures()).hasSize(3);
        assertThat(scenario.pledge)
                .variables()
                .containsEntry(
                        Variable.PERIOD_ENDS_AT,
                        Date.from(ZonedDateTime.parse("2028-06-01T00:00:00+02:00[Europe/Stockholm]")
                                .toInstant()));
    }

    @Test
    void policeRequestingChangesReturnsTheDraftWithTheComment() {
        scenario.start()
                .identifyNeed()
                .draft()
                .police(Choice.REQUEST_CHANGES)
                .municipality(Choice.APPROVE)
                .coSigner(Choice.APPROVE);

        assertOpenTasks(Element.DRAFT_PLEDGE);
        assertThat(scenario.pledge).hasNotPassed(Element.RECORD_SIGNATURES);
        assertThat(scenario.pledge)
                .variables()
                .containsEntry("policeApprovalComment", "Ange fler kvällar för polisnärvaro.");

        scenario.draft();

        assertThat(scenario.pledge)
                .variables()
                .doesNotContainKeys(Variable.POLICE_APPROVAL, Variable.MUNICIPALITY_APPROVAL);
        scenario.police(Choice.APPROVE).municipality(Choice.APPROVE).coSigner(Choice.APPROVE);
        assertOpenTasks(Element.COMMUNICATE_PLEDGE);
    }

    @Test
    void municipalityRequestingChangesReturnsTheDraftWithTheComment() {
        scenario.start()
                .identifyNeed()
                .draft()
                .police(Choice.APPROVE)
                .municipality(Choice.REQUEST_CHANGES)
                .coSigner(Choice.APPROVE);

        assertOpenTasks(Element.DRAFT_PLEDGE);
        assertThat(scenario.pledge)
                .variables()
                .containsEntry("municipalityApprovalComment", "Belysningen ska vara klar före vintern.");
    }

    @Test
    void followsUpOnTheConfiguredDaysAndLeavesThePeriodEndToTheFinalFollowUp() {
        scenario.inImplementation();
        List<String> expected = List.of("2027-02-15", "2027-06-15", "2027-10-15", "2028-02-15");

        assertThat(ProcessTestEngine.caseFile()
                        .sql("SELECT due_on FROM planned_follow_up ORDER BY due_on")
                        .query(LocalDate.class)
                        .list())
                .extracting(Object::toString)
                .containsExactlyElementsOf(expected);
        for (String day : expected) {
            scenario.followUpFalls();
            assertThat(ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), PledgeScenario.START.getZone()))
                    .isEqualTo(LocalDate.parse(day).atStartOfDay(PledgeScenario.START.getZone()));
            assertThat(scenario.pledge).isWaitingAt(Element.COMPILE_FOLLOW_UP, Element.IMPLEMENT_MEASURE);
            assertThat(task(Element.COMPILE_FOLLOW_UP, scenario.pledge)).hasCandidateGroup("samordnare");
            scenario.compileFollowUp(Element.COMPILE_FOLLOW_UP);
            scenario.review(Element.REVIEW_FOLLOW_UP, Choice.CONTINUE);
        }

        assertThat(completedTasks(Element.COMPILE_FOLLOW_UP)).isEqualTo(4);
        assertThat(scenario.timer(Element.AWAIT_FOLLOW_UP_DATE)).isNull();
        assertThat(scenario.pledge).isWaitingAt(Element.IMPLEMENT_MEASURE).isNotWaitingAt(Element.COMPILE_FOLLOW_UP);
        assertThat(scenario.dueDateOfTimer("period-ended"))
                .isEqualTo(Date.from(LocalDate.parse("2028-06-01")
                        .atStartOfDay(PledgeScenario.START.getZone())
                        .toInstant()));
        assertThat(measures()).hasSize(3);
    }

    /** The figure for operations: what one pledge-year asks of the job executor. */
    @Test
    void onePledgeYearCreatesOneTimerPerFollowUpDayReviewAndPlannedMeasureAndOneForThePeriodEnd() {
        scenario.lastingUntil("2027-11-30").inImplementation();
        for (ProcessInstance measure : measures()) {
            planMeasure(measure);
        }
        for (int followUp = 1; followUp <= 3; followUp++) {
            scenario.followUpFalls()
                    .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                    .review(Element.REVIEW_FOLLOW_UP, Choice.CONTINUE);
        }
        scenario.periodEnds()
                .compileFollowUp(Element.COMPILE_FINAL_FOLLOW_UP)
                .review(Element.REVIEW_FINAL_FOLLOW_UP, Choice.CONTINUE);

        java.util.Map<String, Long> timers = new java.util.TreeMap<>();
        PledgeJobs.created(engine.getHistoryService(), scenario.pledge.getId())
                .forEach(log -> timers.merge(log.getActivityId(), 1L, Long::sum));
        assertThat(timers)
                .containsExactly(
                        java.util.Map.entry(Element.AWAIT_FOLLOW_UP_DATE, 3L),
                        java.util.Map.entry(Element.FINAL_REVIEW_DEADLINE_PASSED, 1L),
                        java.util.Map.entry(Element.FOCUS_AREAS_DEADLINE_PASSED, 1L),
                        java.util.Map.entry(MeasureProcess.Element.MEASURE_OVERDUE, 3L),
                        java.util.Map.entry("period-ended", 1L),
                        java.util.Map.entry(Element.REVIEW_DEADLINE_PASSED, 3L));
        assertThat(engine.getHistoryService()
                        .createHistoricJobLogQuery()
                        .creationLog()
                        .list())
                .allMatch(log -> log.getJobDefinitionType().startsWith("timer"), "every job is a timer");
    }

    @Test
    void periodEndLeadsToTheFinalFollowUpFeedbackAndClosing() {
        scenario.inImplementation().periodEnds();

        assertThat(scenario.pledge).hasPassed(Element.IMPLEMENT);
        assertOpenTasks(Element.COMPILE_FINAL_FOLLOW_UP);
        assertThat(measures()).isEmpty();
        assertThat(scenario.timer(Element.AWAIT_FOLLOW_UP_DATE)).isNull();

        scenario.compileFollowUp(Element.COMPILE_FINAL_FOLLOW_UP)
                .review(Element.REVIEW_FINAL_FOLLOW_UP, Choice.CONTINUE);

        assertOpenTasks(Element.GIVE_FEEDBACK_TO_CITIZENS);
        assertThat(task(Element.GIVE_FEEDBACK_TO_CITIZENS, scenario.pledge)).hasCandidateGroup("samordnare");
        giveFeedback();
        scenario.decideRenewal(Choice.CLOSE);

        assertThat(scenario.pledge).isEnded().hasPassed(Element.PLEDGE_CLOSED).hasNotPassed(Element.PLEDGE_RENEWED);
    }

    @Test
    void periodEndWaitsWhenAllMeasuresClosedEarly() {
        scenario.inImplementation();
        for (ProcessInstance measure : measures()) {
            closeMeasure(measure);
        }

        assertThat(scenario.pledge).isWaitingAt(Element.AWAIT_PERIOD_END);

        scenario.followUpFalls();
        assertThat(scenario.pledge).isWaitingAt(Element.COMPILE_FOLLOW_UP, Element.AWAIT_PERIOD_END);
    }

    @Test
    void renewingStartsANewPledgePrefilledAndLinkedBothWays() {
        scenario.inImplementation()
                .periodEnds()
                .compileFollowUp(Element.COMPILE_FINAL_FOLLOW_UP)
                .review(Element.REVIEW_FINAL_FOLLOW_UP, Choice.CONTINUE);
        giveFeedback();
        JdbcClient caseFile = ProcessTestEngine.caseFile();
        PledgePlaces places = new PledgePlaces(caseFile, new CaseEvents(caseFile));
        places.record(
                "ML-2026-0001",
                PlaceGeometry.parse("{\"type\": \"Point\", \"coordinates\": [17.077, 59.6359]}"),
                "samordnare",
                Instant.parse("2028-05-01T10:00:00Z"));
        scenario.decideRenewal(Choice.RENEW);

        assertThat(scenario.pledge).isEnded().hasPassed(Element.PLEDGE_RENEWED);
        assertThat(places.find("ML-2028-0001"))
                .as("the renewed pledge inherits the place")
                .map(PlaceGeometry::json)
                .contains("{\"type\":\"Point\",\"coordinates\":[17.077,59.6359]}");
        ProcessInstance renewed = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(PledgeProcess.KEY)
                .variableValueEquals(Variable.RENEWED_FROM, "ML-2026-0001")
                .singleResult();
        assertThat(renewed.getBusinessKey()).isEqualTo("ML-2028-0001");
        assertThat(renewed)
                .isWaitingAt(Element.COMPILE_POLICE_SITUATION_PICTURE)
                .variables()
                .containsEntry(Variable.PLEDGE_TITLE, "Tryggare Gustav Adolfs plan")
                .containsEntry(Variable.PERIOD_START, "2028-06-01")
                .containsKey(Variable.COMMITMENTS)
                .containsEntry("municipalWhat", "Skadegörelse")
                .doesNotContainKey("policeWhat");
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(scenario.pledge.getId())
                        .variableName(Variable.RENEWED_AS)
                        .singleResult()
                        .getValue())
                .isEqualTo("ML-2028-0001");
    }

    @Test
    void steeringGroupRevisingOpensARevisionBesideTheRunningMeasures() {
        scenario.inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .review(Element.REVIEW_FOLLOW_UP, Choice.REVISE);

        assertOpenTasks(RevisionProcess.Element.DRAFT_REVISION, Element.PUBLISH_FOLLOW_UP_FEEDBACK);
        assertThat(measures()).hasSize(3);
        assertThat(scenario.pledge).isWaitingAt(Element.IMPLEMENT_MEASURE);
        assertThat(scenario.pledge)
                .variables()
                .doesNotContainKey(Variable.STEERING_DECISION)
                .hasEntrySatisfying(
                        "steeringComment",
                        comment -> assertThat((String) comment)
                                .contains("2 av 3 ledamöter")
                                .contains("Anna Berg: Bedömning av styrgrupp1."));
        assertThat(completedTasks(Element.DRAFT_PLEDGE)).isOne();
    }

    @Test
    void steeringGroupContinuingLeavesImplementationRunning() {
        scenario.inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .review(Element.REVIEW_FOLLOW_UP, Choice.CONTINUE);

        assertOpenTasks(Element.PUBLISH_FOLLOW_UP_FEEDBACK);
        assertThat(scenario.pledge).isWaitingAt(Element.IMPLEMENT_MEASURE);
        assertThat(measures()).hasSize(3);
        assertThat(scenario.pledge).variables().containsEntry(Variable.STEERING_DECISION, Choice.CONTINUE);
    }

    @Test
    void steeringGroupClosingEndsImplementationAndGoesToFeedback() {
        scenario.inImplementation()
                .followUpFalls()
                .compileFollowUp(Element.COMPILE_FOLLOW_UP)
                .review(Element.REVIEW_FOLLOW_UP, Choice.CLOSE);

        assertOpenTasks(Element.GIVE_FEEDBACK_TO_CITIZENS, Element.PUBLISH_FOLLOW_UP_FEEDBACK);
        assertThat(measures()).isEmpty();
        assertThat(scenario.timer(Element.AWAIT_FOLLOW_UP_DATE)).isNull();
    }

    @Test
    void finalReviewCanSendThePledgeBackForRevision() {
        scenario.inImplementation()
                .periodEnds()
                .compileFollowUp(Element.COMPILE_FINAL_FOLLOW_UP)
                .review(Element.REVIEW_FINAL_FOLLOW_UP, Choice.REVISE);

        assertOpenTasks(Element.DRAFT_PLEDGE);
        assertThat(scenario.pledge).variables().doesNotContainKey(Variable.STEERING_DECISION);
    }

    @Test
    void finalReviewClosingGoesToFeedback() {
        scenario.inImplementation()
                .periodEnds()
                .compileFollowUp(Element.COMPILE_FINAL_FOLLOW_UP)
                .review(Element.REVIEW_FINAL_FOLLOW_UP, Choice.CLOSE);

        assertOpenTasks(Element.GIVE_FEEDBACK_TO_CITIZENS);
    }

    /** The user tasks open in the pledge itself (not in its measures) are exactly these. */
    @Test
    void aCoSignerRequestingChangesReturnsTheDraftOnceEveryoneHasAnswered() {
        scenario.start().identifyNeed().draft().coSigner(Choice.REQUEST_CHANGES);

        assertOpenTasks(Element.APPROVE_PLEDGE_POLICE, Element.APPROVE_PLEDGE_MUNICIPALITY);
        scenario.police(Choice.APPROVE).municipality(Choice.APPROVE);

        assertOpenTasks(Element.DRAFT_PLEDGE);
        assertThat(scenario.pledge).hasNotPassed(Element.RECORD_SIGNATURES);
        assertThat(ProcessTestEngine.caseFile()
                        .sql("SELECT decision, comment FROM co_signer_approval")
                        .query()
                        .listOfRows())
                .singleElement()
                .satisfies(row -> assertThat(row.values())
                        .containsExactly("request-changes", "Vi hinner bara vandra varannan fredag."));

        scenario.draft();
        assertOpenTasks(
                Element.APPROVE_PLEDGE_POLICE, Element.APPROVE_PLEDGE_MUNICIPALITY, Element.APPROVE_PLEDGE_CO_SIGNER);
        assertThat(task(Element.APPROVE_PLEDGE_CO_SIGNER, scenario.pledge))
                .as("the new round's task starts without the earlier answer")
                .satisfies(task -> assertThat(
                                engine.getTaskService().getVariable(task.getId(), Variable.CO_SIGNER_DECISION))
                        .isNull());
        scenario.police(Choice.APPROVE).municipality(Choice.APPROVE).coSigner(Choice.APPROVE);
        assertOpenTasks(Element.COMMUNICATE_PLEDGE);
    }

    @Test
    void eachCoSigningOrganisationSignsInItsOwnGroupAndMeasuresGoToTheirOwnGroups() {
        String nightWalkers = PledgeScenario.organisation("Nattvandrarna", "association", "nattvandrarna");
        String housing = PledgeScenario.organisation("Stadens Bostäder AB", "housing-company", "bostadsbolaget");
        String socialServices = PledgeScenario.organisationId("socialtjansten");
        scenario.start().identifyNeed().draft("""
                        [{"organisation":"%s","promise":"Nattvandrarna lovar att vandra varje fredag.","measureType":"vuxenvandring","dueDate":"2027-12-31","indicator":"Antal vandringar"},
                         {"organisation":"%s","promise":"Bostadsbolaget lovar att stödja fyra föreningar.","measureType":"foreningsstod","dueDate":"2027-12-31","indicator":"Antal föreningar"},
                         {"organisation":"%s","promise":"Socialtjänsten lovar fältarbete varje helg.","measureType":"ovrigt","dueDate":"2027-12-31","indicator":"Antal pass"}]""".formatted(nightWalkers, housing, socialServices));

        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(scenario.pledge.getId())
                        .taskDefinitionKey(Element.APPROVE_PLEDGE_CO_SIGNER)
                        .count())
                .as("social services signs through the municipality's approval, not as a co-signer")
                .isEqualTo(2);
        scenario.coSigner("nattvandrarna", Choice.APPROVE)
                .coSigner("bostadsbolaget", Choice.APPROVE)
                .police(Choice.APPROVE)
                .municipality(Choice.APPROVE);

        assertThat(scenario.pledge)
                .variables()
                .containsEntry(
                        Variable.SIGNATORIES,
                        "Eva Holm (Polisen), Lars Ekström (Kommunen), Fatima Ali (Nattvandrarna), "
                                + "Fatima Ali (Stadens Bostäder AB)");
        scenario.communicate();
        assertThat(measures()).hasSize(3);
        assertThat(engine
                        .getTaskService()
                        .createTaskQuery()
                        .taskDefinitionKey(MeasureProcess.Element.PLAN_MEASURE)
                        .list()
                        .stream()
                        .flatMap(task -> engine.getTaskService().getIdentityLinksForTask(task.getId()).stream())
                        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
                        .toList())
                .containsExactlyInAnyOrder("nattvandrarna", "bostadsbolaget", "socialtjansten");
    }

    @Test
    void aDraftWithoutCoSigningOrganisationsNeedsOnlyThePoliceAndTheMunicipality() {
        scenario.start().identifyNeed().draft("""
                        [{"organisation":"%s","promise":"Polisen lovar att vara synlig på torget.","measureType":"polisnarvaro","dueDate":"2027-12-31","indicator":"Antal pass"}]""".formatted(PledgeScenario.organisationId("polis")));

        assertOpenTasks(Element.APPROVE_PLEDGE_POLICE, Element.APPROVE_PLEDGE_MUNICIPALITY);
        scenario.police(Choice.APPROVE).municipality(Choice.APPROVE);
        assertOpenTasks(Element.COMMUNICATE_PLEDGE);
    }

    @Test
    void refusesADraftWhoseCommitmentNamesNoKnownOrganisation() {
        scenario.start().identifyNeed();

        assertThatThrownBy(() -> scenario.draft("""
                        [{"organisation":"987654","promise":"Någon lovar något viktigt.","measureType":"ovrigt","dueDate":"2027-12-31","indicator":"Antal"}]"""))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause()
                .hasMessage("Åtagande 1: organisationen finns inte; välj en organisation i listan.");
        assertThatThrownBy(() -> scenario.draft("""
                        [{"promise":"Någon lovar något viktigt.","measureType":"ovrigt","dueDate":"2027-12-31","indicator":"Antal"}]"""))
                .rootCause()
                .hasMessage("Åtagande 1 saknar organisation; välj vem som genomför det.");
        assertOpenTasks(Element.DRAFT_PLEDGE);
    }

    private void assertOpenTasks(String... taskKeys) {
        List<String> open =
                engine.getTaskService().createTaskQuery().processInstanceId(scenario.pledge.getId()).list().stream()
                        .map(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey)
                        .toList();
        assertThat(open).containsExactlyInAnyOrder(taskKeys);
    }

    private void giveFeedback() {
        scenario.completeAs(
                Element.GIVE_FEEDBACK_TO_CITIZENS,
                "samordnare",
                java.util.Map.of(
                        "feedbackOn",
                        "2028-06-15",
                        "feedbackChannels",
                        se.medborgarlofte.system.JsonVariables.json("[\"medborgarmote\"]"),
                        "feedbackSummary",
                        "Vi berättade om resultaten på ett medborgarmöte."));
    }

    private void planMeasure(ProcessInstance measure) {
        var tasks = engine.getTaskService();
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(measure.getId())
                        .singleResult()
                        .getId(),
                java.util.Map.of("measurePlan", "Plan", "plannedStart", "2026-12-01", "contactPerson", "Anna"));
    }

    private void closeMeasure(ProcessInstance measure) {
        var tasks = engine.getTaskService();
        planMeasure(measure);
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(measure.getId())
                        .singleResult()
                        .getId(),
                java.util.Map.of(MeasureProcess.Variable.OCCURRENCE_ACTION, "close"));
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(measure.getId())
                        .singleResult()
                        .getId(),
                java.util.Map.of(
                        MeasureProcess.Variable.MEASURE_OUTCOME,
                        "done",
                        MeasureProcess.Variable.OUTCOME_REASON,
                        "Allt genomfört."));
    }

    private List<ProcessInstance> measures() {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(scenario.pledge.getId())
                .list();
    }

    private long completedTasks(String taskKey) {
        return engine.getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(scenario.pledge.getId())
                .taskDefinitionKey(taskKey)
                .finished()
                .count();
    }
}
