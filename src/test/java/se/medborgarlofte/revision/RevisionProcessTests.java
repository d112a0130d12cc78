package se.medborgarlofte.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.ProcessTest;
import se.medborgarlofte.ProcessTestEngine;
import se.medborgarlofte.measure.MeasureProcess;
import se.medborgarlofte.pledge.PledgeProcess;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.pledge.PledgeScenario;
import se.medborgarlofte.revision.RevisionProcess.Action;
import se.medborgarlofte.revision.RevisionProcess.Element;
import se.medborgarlofte.revision.RevisionProcess.Row;
import se.medborgarlofte.revision.RevisionProcess.Variable;
import se.medborgarlofte.system.JsonVariables;

/**
 * A revision decided by the steering group runs beside the measures: only changed and new commitments are signed,
 * unchanged measures keep their very tasks, withdrawn ones end with the reason, new ones start, closed ones stay
 * closed.
 */
class RevisionProcessTests extends ProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIGHTING = "Kommunen lovar att förbättra belysningen.";
    private static final String NIGHT_WALKS = "Föreningarna lovar vuxenvandringar varje fredag.";

    private PledgeScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new PledgeScenario(engine);
    }

    @Test
    void revisingOneCommitmentLeavesTheOtherMeasuresTasksUntouched() {
        scenario.inImplementation();
        Map<String, String> before = measureTasksByPromise();
        reviseDecided();

        assertThat(measureTasksByPromise()).isEqualTo(before);
        ArrayNode rows = draftRows();
        ObjectNode lighting = row(rows, LIGHTING);
        lighting.put(Row.ACTION, Action.CHANGE);
        lighting.put("promise", "Kommunen lovar att byta all belysning på torget.");
        lighting.put("targetQuantity", 20);
        submitDraft(rows, "[]");

        assertThat(scenario.pledge())
                .isWaitingAt(Element.APPROVE_REVISION_POLICE, Element.APPROVE_REVISION_MUNICIPALITY);
        assertThat((String) engine.getTaskService()
                        .getVariable(task(Element.APPROVE_REVISION_POLICE).getId(), Variable.REVISION_SUMMARY))
                .contains("Kommunen lovar att byta all belysning på torget.; mål 20 lampor")
                .contains("Tidigare: " + LIGHTING)
                .contains("Oförändrade åtaganden som fortsätter som förut: 2.");
        approveBoth();

        assertThat(measureTasksByPromise()).isEqualTo(before);
        assertThat(measures()).hasSize(3);
        ProcessInstance changed = measure(lightingCommitmentId());
        assertThat(engine.getRuntimeService().getVariable(changed.getId(), MeasureProcess.Variable.PROMISE))
                .isEqualTo("Kommunen lovar att byta all belysning på torget.");
        assertThat(engine.getRuntimeService().getVariable(changed.getId(), MeasureProcess.Variable.TARGET_QUANTITY))
                .isEqualTo(20L);
        assertThat(caseFile("SELECT promise FROM commitment WHERE id = " + lightingCommitmentId()))
                .containsExactly("Kommunen lovar att byta all belysning på torget.");
        assertThat(caseFile("SELECT status || ' ' || signatories FROM commitment_revision"))
                .containsExactly("applied Eva Holm (Polisen), Lars Ekström (Kommunen)");
        assertThat(caseFile("SELECT kind || ' ' || previous_promise FROM commitment_revision_change"))
                .containsExactly("change " + LIGHTING);
        assertThat(caseFile("SELECT stage FROM pledge")).containsExactly(PledgeProcess.Element.IMPLEMENT);
        assertThat(scenario.pledge()).isWaitingAt(PledgeProcess.Element.IMPLEMENT_MEASURE);
        assertThat(openPledgeTasks()).containsOnly(PledgeProcess.Element.PUBLISH_FOLLOW_UP_FEEDBACK);
    }

    @Test
    void aWithdrawnCommitmentsMeasureEndsWithTheReasonWithoutSignaturesAndIsNotRestarted() {
        scenario.inImplementation();
        reviseDecided();
        ArrayNode rows = draftRows();
        row(rows, NIGHT_WALKS)
                .put(Row.ACTION, Action.WITHDRAW)
                .put(Row.WITHDRAWAL_REASON, "Föreningen har lagt ner sin verksamhet.");
        long nightWalks = row(rows, NIGHT_WALKS).get(Row.ID).asLong();
        String nightWalksMeasure = measure(nightWalks).getId();
        submitDraft(rows, "[]");

        assertThat(openPledgeTasks())
                .doesNotContain(Element.APPROVE_REVISION_POLICE, Element.APPROVE_REVISION_MUNICIPALITY);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(nightWalksMeasure)
                        .count())
                .isZero();
        assertThat(measures()).hasSize(2);
        assertThat(caseFile("SELECT status || ': ' || outcome_reason FROM commitment WHERE id = " + nightWalks))
                .containsExactly("stopped: Föreningen har lagt ner sin verksamhet.");
        assertThat(caseFile("SELECT signatories FROM commitment_revision")).containsNull();
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(nightWalksMeasure)
                        .activityId(MeasureProcess.Element.MEASURE_WITHDRAWN)
                        .count())
                .isOne();
    }

    @Test
    void anAddedCommitmentOfTheHousingCompanyIsSignedByTheCompanyInItsOwnGroupAndThenStartsItsMeasure() {
        scenario.inImplementation();
        reviseDecided();
        String housingCompany = PledgeScenario.organisation("Stadens Bostäder AB", "housing-company", "bostadsbolaget");
        ArrayNode rows = draftRows();
        row(rows, LIGHTING).put(Row.ACTION, Action.CHANGE).put("targetQuantity", 20);
        submitDraft(rows, """
                [{"organisation":"%s","promise":"Bostadsbolaget lovar att röja buskagen vid gångvägen.","measureType":"fysisk-miljo","targetQuantity":3,"targetUnit":"röjningar","dueDate":"2027-10-31","indicator":"Antal röjningar"}]""".formatted(housingCompany));

        assertThat(coSignerTasks()).singleElement().satisfies(task -> {
            assertThat(task).hasCandidateGroup("bostadsbolaget");
            assertThat(engine.getTaskService().getVariable(task.getId(), "coSigningOrganisation"))
                    .isEqualTo("Stadens Bostäder AB");
            assertThat((String) engine.getTaskService().getVariable(task.getId(), Variable.CO_SIGNER_SUMMARY))
                    .as("the company sees its own new commitment only, not the municipality's change")
                    .contains("Bostadsbolaget lovar att röja buskagen vid gångvägen.")
                    .doesNotContain("belysning");
        });
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskCandidateGroup(PledgeScenario.ASSOCIATION_GROUP)
                        .taskDefinitionKey(Element.APPROVE_REVISION_CO_SIGNER)
                        .count())
                .as("the association's commitment is not revised, so it signs nothing")
                .isZero();
        approveBoth();
        assertThat(measures())
                .as("the revision waits for the company's signature")
                .hasSize(3);

        coSigner("bostadsbolaget", Choice.APPROVE, "Björn Sjöberg, vd");

        assertThat(measures()).hasSize(4);
        assertThat(caseFile("""
                        SELECT status FROM commitment WHERE promise = 'Bostadsbolaget lovar att röja buskagen vid gångvägen.'""")).containsExactly("in-progress");
        assertThat(caseFile("SELECT COUNT(DISTINCT draft_round) FROM commitment"))
                .containsExactly("1");
        assertThat(caseFile("SELECT signatories FROM commitment_revision"))
                .containsExactly(
                        "Eva Holm (Polisen), Lars Ekström (Kommunen), Björn Sjöberg, vd (Stadens Bostäder AB)");
        assertThat(caseFile("SELECT description FROM case_event WHERE event_type = 'revision-answer'"))
                .contains("Stadens Bostäder AB godkände revidering 1 (Björn Sjöberg, vd).");
        assertThat(scenario.pledge()).isWaitingAt(Element.IMPLEMENT_ADDED_MEASURE);
    }

    @Test
    void aCoSignerAskingForChangesSendsTheRevisionBackToTheDraftWithItsComment() {
        scenario.inImplementation();
        reviseDecided();
        ArrayNode rows = draftRows();
        row(rows, NIGHT_WALKS).put(Row.ACTION, Action.CHANGE).put("targetQuantity", 40);
        submitDraft(rows, "[]");
        assertThat(coSignerTasks())
                .singleElement()
                .satisfies(task -> assertThat(task).hasCandidateGroup(PledgeScenario.ASSOCIATION_GROUP));
        approveBoth();

        coSigner(PledgeScenario.ASSOCIATION_GROUP, Choice.REQUEST_CHANGES, "Vi hinner bara 35 vandringar.");

        assertThat(openPledgeTasks())
                .contains(Element.DRAFT_REVISION)
                .doesNotContain(Element.APPROVE_REVISION_CO_SIGNER);
        String draft = task(Element.DRAFT_REVISION).getId();
        assertThat(engine.getTaskService().getVariable(draft, Variable.CO_SIGNER_COMMENTS))
                .isEqualTo("Föreningar och civilsamhälle: Vi hinner bara 35 vandringar.");
        assertThat(caseFile("SELECT status FROM commitment_revision")).containsExactly("changes-requested");
        assertThat(measures()).hasSize(3);

        // the new draft is signed anew: the association's earlier answer does not count
        submitDraft(draftRows(), "[]");
        approveBoth();
        assertThat(engine.getTaskService().getVariable(coSignerTasks().get(0).getId(), Variable.CO_SIGNER_SUMMARY))
                .asString()
                .contains("mål 40 vandringar")
                .contains("Tidigare: " + NIGHT_WALKS + "; mål 30 vandringar");
        coSigner(PledgeScenario.ASSOCIATION_GROUP, Choice.APPROVE, "Fatima Ali");
        assertThat(caseFile("SELECT signatories FROM commitment_revision"))
                .containsExactly(
                        "Eva Holm (Polisen), Lars Ekström (Kommunen), Fatima Ali (Föreningar och civilsamhälle)");
        assertThat(caseFile("SELECT target_quantity FROM commitment WHERE promise = '" + NIGHT_WALKS + "'"))
                .containsExactly("40");
    }

    @Test
    void aRevisionOfThePolicesAndTheMunicipalitysCommitmentsOnlyHasNoCoSignerTask() {
        scenario.inImplementation();
        reviseDecided();
        ArrayNode rows = draftRows();
        row(rows, LIGHTING).put(Row.ACTION, Action.CHANGE).put("targetQuantity", 20);
        row(rows, NIGHT_WALKS).put(Row.ACTION, Action.WITHDRAW).put(Row.WITHDRAWAL_REASON, "Föreningen har upphört.");
        submitDraft(rows, "[]");

        assertThat(openPledgeTasks()).contains(Element.APPROVE_REVISION_POLICE, Element.APPROVE_REVISION_MUNICIPALITY);
        assertThat(coSignerTasks())
                .as("a withdrawn commitment of a co-signer is not signed")
                .isEmpty();
        approveBoth();

        assertThat(caseFile("SELECT signatories FROM commitment_revision"))
                .containsExactly("Eva Holm (Polisen), Lars Ekström (Kommunen)");
        assertThat(caseFile("SELECT COUNT(*) FROM revision_co_signer_answer")).containsExactly("0");
    }

    @Test
    void closedMeasuresStayClosedAndAreNotOfferedForRevision() {
        scenario.inImplementation();
        long lighting = lightingCommitmentId();
        closeMeasure(measure(lighting));
        reviseDecided();

        ArrayNode rows = draftRows();
        assertThat(rows).hasSize(2);
        row(rows, NIGHT_WALKS).put(Row.ACTION, Action.CHANGE).put("dueDate", "2027-11-30");
        submitDraft(rows, "[]");
        approveBoth();
        coSigner(PledgeScenario.ASSOCIATION_GROUP, Choice.APPROVE, "Fatima Ali");

        assertThat(caseFile("SELECT status FROM commitment WHERE id = " + lighting))
                .containsExactly("done");
        assertThat(measures()).hasSize(2);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(
                                measure(row(rows, NIGHT_WALKS).get(Row.ID).asLong())
                                        .getId())
                        .singleResult()
                        .getDueDate())
                .isEqualTo(
                        java.util.Date.from(java.time.ZonedDateTime.parse("2027-12-01T00:00:00+01:00[Europe/Stockholm]")
                                .toInstant()));
    }

    @Test
    void aRequestForChangesGoesBackToTheRevisionDraftWithItsAnswers() {
        scenario.inImplementation();
        reviseDecided();
        ArrayNode rows = draftRows();
        row(rows, LIGHTING).put(Row.ACTION, Action.CHANGE).put("targetQuantity", 20);
        submitDraft(rows, "[]");
        complete(
                Element.APPROVE_REVISION_POLICE,
                Map.of(
                        Variable.POLICE_APPROVAL,
                        Choice.REQUEST_CHANGES,
                        Variable.POLICE_COMMENT,
                        "Målet är för lågt."));
        complete(
                Element.APPROVE_REVISION_MUNICIPALITY,
                Map.of(
                        Variable.MUNICIPALITY_APPROVAL,
                        Choice.APPROVE,
                        Variable.MUNICIPALITY_SIGNATORY,
                        "Lars Ekström"));

        assertThat(openPledgeTasks()).contains(Element.DRAFT_REVISION);
        String draft = task(Element.DRAFT_REVISION).getId();
        assertThat(engine.getTaskService().getVariable(draft, Variable.POLICE_COMMENT))
                .isEqualTo("Målet är för lågt.");
        assertThat(row(draftRows(), LIGHTING).get("targetQuantity").asLong()).isEqualTo(20);
        assertThat(measures()).hasSize(3);
        assertThat(caseFile("SELECT status FROM commitment_revision")).containsExactly("changes-requested");
    }

    @Test
    void aRowNamingAnotherCommitmentIsRefused() {
        scenario.inImplementation();
        reviseDecided();
        ArrayNode rows = draftRows();
        ((ObjectNode) rows.get(0))
                .put(Row.ID, 999_999L)
                .put(Row.ACTION, Action.WITHDRAW)
                .put(Row.WITHDRAWAL_REASON, "Förfalskad rad här.");

        assertThatThrownBy(() -> submitDraft(rows, "[]"))
                .hasMessageContaining("Rad 1 under Pågående åtaganden gäller inget pågående åtagande");
        assertThat(measures()).hasSize(3);
    }

    @Test
    void aDraftThatChangesNothingIsRefused() {
        scenario.inImplementation();
        reviseDecided();

        assertThatThrownBy(() -> submitDraft(draftRows(), "[]")).hasMessageContaining("Revideringen ändrar inget");
    }

    @Test
    void theFinalReviewsRevisionReAgreesThePledgeForANewPeriod() {
        scenario.inImplementation()
                .periodEnds()
                .compileFollowUp(PledgeProcess.Element.COMPILE_FINAL_FOLLOW_UP)
                .review(PledgeProcess.Element.REVIEW_FINAL_FOLLOW_UP, Choice.REVISE);

        assertThat(openPledgeTasks()).containsExactly(PledgeProcess.Element.DRAFT_PLEDGE);
        assertThat(measures()).isEmpty();
    }

    private void reviseDecided() {
        scenario.followUpFalls()
                .compileFollowUp(PledgeProcess.Element.COMPILE_FOLLOW_UP)
                .review(PledgeProcess.Element.REVIEW_FOLLOW_UP, Choice.REVISE);
        assertThat(openPledgeTasks()).contains(Element.DRAFT_REVISION);
        assertThat(caseFile("SELECT stage FROM pledge")).containsExactly(Element.REVISE_COMMITMENTS);
    }

    private ArrayNode draftRows() {
        Object value = engine.getTaskService()
                .getVariable(task(Element.DRAFT_REVISION).getId(), Variable.REVISION_COMMITMENTS);
        try {
            return (ArrayNode) JSON.readTree(JsonVariables.text(value));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode row(ArrayNode rows, String promise) {
        for (JsonNode row : rows) {
            if (row.path("promise").asText().equals(promise)
                    || row.path("promise").asText().startsWith(promise.substring(0, 20))) {
                return (ObjectNode) row;
            }
        }
        throw new AssertionError("No row " + promise + " in " + rows);
    }

    private void submitDraft(ArrayNode rows, String added) {
        complete(
                Element.DRAFT_REVISION,
                Map.of(
                        Variable.REVISION_COMMITMENTS, JsonVariables.json(rows.toString()),
                        Variable.ADDED_COMMITMENTS, JsonVariables.json(added)));
    }

    private void approveBoth() {
        complete(
                Element.APPROVE_REVISION_POLICE,
                Map.of(Variable.POLICE_APPROVAL, Choice.APPROVE, Variable.POLICE_SIGNATORY, "Eva Holm"));
        complete(
                Element.APPROVE_REVISION_MUNICIPALITY,
                Map.of(
                        Variable.MUNICIPALITY_APPROVAL,
                        Choice.APPROVE,
                        Variable.MUNICIPALITY_SIGNATORY,
                        "Lars Ekström"));
    }

    private List<Task> coSignerTasks() {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(scenario.pledge().getId())
                .taskDefinitionKey(Element.APPROVE_REVISION_CO_SIGNER)
                .list();
    }

    /** The co-signing organisation of this group answers, in the task offered to its group only. */
    private void coSigner(String groupId, String decision, String signatoryOrComment) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(scenario.pledge().getId())
                .taskDefinitionKey(Element.APPROVE_REVISION_CO_SIGNER)
                .taskCandidateGroup(groupId)
                .singleResult();
        assertThat(task).as("the co-signer task of %s", groupId).isNotNull();
        engine.getTaskService()
                .complete(
                        task.getId(),
                        new HashMap<>(Map.of(
                                PledgeProcess.Variable.CO_SIGNER_DECISION,
                                decision,
                                Choice.APPROVE.equals(decision)
                                        ? PledgeProcess.Variable.CO_SIGNER_SIGNATORY
                                        : PledgeProcess.Variable.CO_SIGNER_COMMENT,
                                signatoryOrComment)));
    }

    private void complete(String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(task(taskKey).getId(), new HashMap<>(variables));
    }

    private Task task(String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(scenario.pledge().getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    private List<String> openPledgeTasks() {
        return engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(scenario.pledge().getId())
                .list()
                .stream()
                .map(Task::getTaskDefinitionKey)
                .toList();
    }

    private List<ProcessInstance> measures() {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(MeasureProcess.KEY)
                .list();
    }

    private ProcessInstance measure(long commitmentId) {
        String id = caseFile("SELECT measure_process_instance_id FROM commitment WHERE id = " + commitmentId)
                .get(0);
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(id)
                .singleResult();
    }

    private long lightingCommitmentId() {
        return Long.parseLong(
                caseFile("SELECT id FROM commitment WHERE measure_type = 'fysisk-miljo' AND party = 'kommunen'")
                        .get(0));
    }

    /** Each running measure's open task, by its promise (as the commitment was signed). */
    private Map<String, String> measureTasksByPromise() {
        Map<String, String> tasks = new HashMap<>();
        for (ProcessInstance measure : measures()) {
            for (Task task : engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(measure.getId())
                    .list()) {
                tasks.put(
                        caseFile("SELECT CAST(id AS VARCHAR(20)) FROM commitment WHERE measure_process_instance_id = '"
                                        + measure.getId() + "'")
                                .get(0),
                        task.getId());
            }
        }
        return tasks;
    }

    private void closeMeasure(ProcessInstance measure) {
        var tasks = engine.getTaskService();
        tasks.complete(
                only(measure), Map.of("measurePlan", "Plan", "plannedStart", "2026-12-01", "contactPerson", "Anna"));
        tasks.complete(only(measure), Map.of(MeasureProcess.Variable.OCCURRENCE_ACTION, "close"));
        tasks.complete(
                only(measure),
                Map.of(
                        MeasureProcess.Variable.MEASURE_OUTCOME,
                        "done",
                        MeasureProcess.Variable.OUTCOME_REASON,
                        "Allt genomfört."));
    }

    private String only(ProcessInstance measure) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(measure.getId())
                .singleResult()
                .getId();
    }

    private static List<String> caseFile(String sql) {
        return ProcessTestEngine.caseFile()
                .sql(sql)
                .query((rs, row) -> rs.getString(1))
                .list();
    }
}
