package se.medborgarlofte.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.medborgarlofte.ProcessTest;
import se.medborgarlofte.measure.MeasureProcess.Element;
import se.medborgarlofte.measure.MeasureProcess.Variable;
import se.medborgarlofte.pledge.PledgeScenario;
import se.medborgarlofte.system.JsonVariables;

class MeasureProcessTests extends ProcessTest {

    private static final String NIGHT_WALKS = """
            {"party":"forening","promise":"Föreningarna lovar vuxenvandringar varje fredag.","measureType":"vuxenvandring",
             "targetQuantity":30,"targetUnit":"vandringar","dueDate":"2027-06-30","indicator":"Antal vandringar"}""";
    private static final Date DUE_AT = Date.from(
            ZonedDateTime.parse("2027-07-01T00:00:00+02:00[Europe/Stockholm]").toInstant());

    @Override
    protected ZonedDateTime startsAt() {
        return ZonedDateTime.parse("2027-01-10T10:00:00+01:00[Europe/Stockholm]");
    }

    @Test
    void routesTheMeasureToTheResponsibleGroupWithTheCommitmentsDueDate() {
        ProcessInstance measure = start(NIGHT_WALKS);

        assertThat(measure).hasPassed(Element.DETERMINE_RESPONSIBLE_GROUP).isWaitingAt(Element.PLAN_MEASURE);
        Task plan = task(Element.PLAN_MEASURE, measure);
        assertThat(plan).hasCandidateGroup("forening").hasDueDate(DUE_AT);
        assertThat(measure)
                .variables()
                .containsEntry(Variable.RESPONSIBLE_GROUP, "forening")
                .containsEntry(Variable.PROMISE, "Föreningarna lovar vuxenvandringar varje fredag.")
                .containsEntry(Variable.TARGET_QUANTITY, 30L)
                .containsEntry(Variable.DUE_DATE, "2027-06-30")
                .containsEntry(Variable.OCCURRENCE_COUNT, 0);
    }

    @Test
    void reportsRepeatedOccurrencesAndClosesAsDone() {
        ProcessInstance measure = start(NIGHT_WALKS);
        plan(measure);

        report(measure, "2027-01-15", 6, 1);
        report(measure, "2027-01-22", 8, 1);

        assertThat(measure)
                .isWaitingAt(Element.REPORT_OCCURRENCE)
                .variables()
                .containsEntry(Variable.OCCURRENCE_COUNT, 2)
                .containsEntry(Variable.REPORTED_QUANTITY, 2L)
                .doesNotContainKeys(
                        Variable.OCCURRENCE_DATE, Variable.OCCURRENCE_PARTICIPANTS, Variable.OCCURRENCE_OBSERVATIONS);
        assertThat(JsonVariables.text(engine.getRuntimeService().getVariable(measure.getId(), Variable.OCCURRENCES)))
                .contains("\"date\":\"2027-01-15\"", "\"participants\":8");
        assertThat(task(Element.REPORT_OCCURRENCE, measure))
                .hasCandidateGroup("forening")
                .hasDueDate(DUE_AT);

        complete(task(Element.REPORT_OCCURRENCE, measure), Map.of(Variable.OCCURRENCE_ACTION, "close"));
        assertThat(task(Element.CLOSE_MEASURE, measure)).hasCandidateGroup("forening");
        complete(
                task(Element.CLOSE_MEASURE, measure),
                Map.of(Variable.MEASURE_OUTCOME, "done", Variable.OUTCOME_REASON, "Trettio vandringar genomförda."));

        assertThat(measure)
                .isEnded()
                .hasPassed(Element.MEASURE_COMPLETED)
                .variables()
                .containsEntry(Variable.MEASURE_OUTCOME, "done");
    }

    @ParameterizedTest
    @ValueSource(strings = {"partly-done", "not-done"})
    void closesWithoutReachingTheTargetGivingAReason(String outcome) {
        ProcessInstance measure = start(NIGHT_WALKS);
        plan(measure);
        complete(task(Element.REPORT_OCCURRENCE, measure), Map.of(Variable.OCCURRENCE_ACTION, "close"));
        complete(
                task(Element.CLOSE_MEASURE, measure),
                Map.of(Variable.MEASURE_OUTCOME, outcome, Variable.OUTCOME_REASON, "För få vuxna anmälde sig."));

        assertThat(measure)
                .isEnded()
                .variables()
                .containsEntry(Variable.MEASURE_OUTCOME, outcome)
                .containsEntry(Variable.OUTCOME_REASON, "För få vuxna anmälde sig.")
                .containsEntry(Variable.OCCURRENCE_COUNT, 0);
    }

    @Test
    void overdueMeasureIsEscalatedToTheCoordinatorWithoutStoppingIt() {
        ProcessInstance measure = start(NIGHT_WALKS);
        plan(measure);
        Job overdue = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(measure.getId())
                .activityId(Element.MEASURE_OVERDUE)
                .singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(DUE_AT);

        ClockUtil.setCurrentTime(overdue.getDuedate());
        engine.getManagementService().executeJob(overdue.getId());

        assertThat(measure).isWaitingAt(Element.REPORT_OCCURRENCE, Element.HANDLE_OVERDUE_MEASURE);
        assertThat(task(Element.HANDLE_OVERDUE_MEASURE, measure)).hasCandidateGroup("samordnare");
        complete(
                task(Element.HANDLE_OVERDUE_MEASURE, measure),
                Map.of("overdueAction", "contacted", "overdueNote", "Ringt ordföranden."));
        assertThat(measure).isWaitingAt(Element.REPORT_OCCURRENCE).isActive();

        report(measure, "2027-07-02", 5, 1);
        complete(task(Element.REPORT_OCCURRENCE, measure), Map.of(Variable.OCCURRENCE_ACTION, "close"));
        complete(
                task(Element.CLOSE_MEASURE, measure),
                Map.of(Variable.MEASURE_OUTCOME, "partly-done", Variable.OUTCOME_REASON, "Kom igång sent."));
        assertThat(measure).isEnded();
    }

    @Test
    void measureClosedInTimeHasNoEscalation() {
        ProcessInstance measure = start(NIGHT_WALKS);
        plan(measure);
        complete(task(Element.REPORT_OCCURRENCE, measure), Map.of(Variable.OCCURRENCE_ACTION, "close"));
        complete(
                task(Element.CLOSE_MEASURE, measure),
                Map.of(Variable.MEASURE_OUTCOME, "done", Variable.OUTCOME_REASON, "Klart i tid."));

        assertThat(measure).isEnded().hasNotPassed(Element.HANDLE_OVERDUE_MEASURE);
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(measure.getId())
                        .count())
                .isZero();
    }

    @Test
    void jointCommitmentIsRoutedByMeasureType() {
        ProcessInstance measure = start(NIGHT_WALKS
                .replace("\"forening\"", "\"gemensamt\"")
                .replace("\"vuxenvandring\"", "\"grannsamverkan\""));

        assertThat(task(Element.PLAN_MEASURE, measure)).hasCandidateGroup("polis");
    }

    @Test
    void aCommitmentThatNamesItsOrganisationGoesToThatOrganisationsGroupOnly() {
        String nightWalkers = PledgeScenario.organisation("Nattvandrarna", "association", "nattvandrarna");
        ProcessInstance measure =
                start(NIGHT_WALKS.replace("{\"party\"", "{\"organisation\":\"" + nightWalkers + "\",\"party\""));

        Task plan = task(Element.PLAN_MEASURE, measure);
        assertThat(engine.getTaskService().getIdentityLinksForTask(plan.getId()))
                .extracting(IdentityLink::getGroupId)
                .containsExactly("nattvandrarna");
        assertThat(measure).variables().containsEntry(Variable.RESPONSIBLE_GROUP, "nattvandrarna");
    }

    private ProcessInstance start(String commitment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variable.COMMITMENT, JsonVariables.json(commitment));
        variables.put("pledgeTitle", "Tryggare Gustav Adolfs plan");
        return engine.getRuntimeService().startProcessInstanceByKey(MeasureProcess.KEY, "ML-2027-0001", variables);
    }

    private void plan(ProcessInstance measure) {
        complete(
                task(Element.PLAN_MEASURE, measure),
                Map.of(
                        "measurePlan",
                        "Två grupper turas om.",
                        "plannedStart",
                        "2027-01-15",
                        "contactPerson",
                        "Fatima Ali"));
    }

    private void report(ProcessInstance measure, String date, int participants, int quantity) {
        complete(
                task(Element.REPORT_OCCURRENCE, measure),
                Map.of(
                        Variable.OCCURRENCE_ACTION,
                        "report",
                        Variable.OCCURRENCE_DATE,
                        date,
                        Variable.OCCURRENCE_PARTICIPANTS,
                        participants,
                        Variable.OCCURRENCE_QUANTITY,
                        quantity,
                        Variable.OCCURRENCE_OBSERVATIONS,
                        "Lugn kväll."));
    }
}
