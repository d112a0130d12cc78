package se.medborgarlofte.taskform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.medborgarlofte.ProcessTestEngine;
import se.medborgarlofte.system.web.FieldProblem;
import se.medborgarlofte.taskform.ContractProbes.Probe;

/**
 * The contract of every user task and start form in {@code bpmn/}, generated from its form in {@code forms/}: a valid
 * answer is accepted and holds only editable fields; a foreign variable, a changed read-only field, an over-long text,
 * a NUL byte, a value outside a select's options, a word for a number and a wrongly written date are each refused,
 * naming the field.
 */
class FormContractTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Every user task and start event with a form: its element id and form id. */
    static Map<String, String> formsOfModels() throws IOException {
        Map<String, String> forms = new LinkedHashMap<>();
        for (String resource : ProcessTestEngine.resources("bpmn")
                .filter(name -> name.endsWith(".bpmn"))
                .toList()) {
            try (InputStream in = FormContractTests.class.getClassLoader().getResourceAsStream(resource)) {
                BpmnModelInstance model = Bpmn.readModelFromStream(in);
                model.getModelElementsByType(UserTask.class)
                        .forEach(task -> forms.put(task.getId(), task.getCamundaFormRef()));
                model.getModelElementsByType(StartEvent.class).stream()
                        .filter(start -> start.getCamundaFormRef() != null)
                        .forEach(start -> forms.put(start.getId(), start.getCamundaFormRef()));
            }
        }
        return forms;
    }

    static FormSchema form(String formId) throws IOException {
        return FormSchema.parse(
                Files.readString(ProcessTestEngine.folder("forms").resolve(formId + ".form")));
    }

    @Test
    void everyUserTaskOfTheThreeModelsHasAContract() throws IOException {
        assertThat(formsOfModels()).hasSize(28).doesNotContainValue(null);
    }

    @TestFactory
    Stream<DynamicNode> everyTaskAcceptsItsFormAndRefusesEverythingElse() throws IOException {
        List<DynamicNode> tasks = new ArrayList<>();
        for (Map.Entry<String, String> task : formsOfModels().entrySet()) {
            FormSchema form = form(task.getValue());
            FormSamples samples = new FormSamples(form, TODAY);
            Map<String, JsonNode> shown = samples.shown();
            FormContract contract = new FormContract(form, shown, TODAY);
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("a valid answer is accepted, holding only editable fields", () -> {
                Map<String, JsonNode> accepted = contract.accept(samples.valid(shown, Map.of()));
                assertThat(accepted.keySet())
                        .allSatisfy(key -> assertThat(form.field(key).editable()
                                        || form.field(key).hasEditableItems())
                                .as("%s is editable", key)
                                .isTrue());
            }));
            for (FormField field : form.fields()) {
                if (!field.editable() && !field.hasEditableItems()) {
                    tests.add(DynamicTest.dynamicTest(
                            "read-only " + field.key() + " sent back unchanged is ignored", () -> {
                                Map<String, JsonNode> answer = new LinkedHashMap<>(samples.valid(shown, Map.of()));
                                answer.put(field.key(), shown.get(field.key()));
                                assertThat(contract.accept(answer)).doesNotContainKey(field.key());
                            }));
                }
            }
            for (Probe probe : ContractProbes.of(form, shown, samples)) {
                tests.add(DynamicTest.dynamicTest(probe.name() + " is refused", () -> {
                    SubmissionRefused refused =
                            catchThrowableOfType(SubmissionRefused.class, () -> contract.accept(probe.submission()));
                    assertThat(refused).as("refusal of %s", probe).isNotNull();
                    assertThat(refused.problems())
                            .extracting(FieldProblem::field)
                            .contains(probe.field());
                }));
            }
            tasks.add(DynamicContainer.dynamicContainer(task.getKey() + " (" + task.getValue() + ")", tests));
        }
        return tasks.stream();
    }

    @Test
    void everyEditableTextDeclaresAMaximumThatAVariableCanHold() throws IOException {
        for (String formId : new java.util.TreeSet<>(formsOfModels().values())) {
            List<FormField> texts = new ArrayList<>();
            for (FormField field : form(formId).fields()) {
                texts.add(field);
                texts.addAll(field.itemFields());
            }
            texts.stream()
                    .filter(field -> field.kind() == FormField.Kind.TEXT && field.editable())
                    .forEach(field -> assertThat(field.rules().maxLength())
                            .as("maxLength of %s in %s", field.key(), formId)
                            .isNotNull()
                            .isLessThanOrEqualTo(FormContract.MAX_TEXT));
        }
    }

    @Test
    void aRequiredFieldThatIsShownMustBeAnswered() throws IOException {
        FormSchema form = form("approve-pledge-police");
        assertThatThrownBy(() -> new FormContract(form, Map.of(), TODAY)
                        .accept(Map.of("policeApproval", NODES.textNode("approve"))))
                .isInstanceOfSatisfying(
                        SubmissionRefused.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(
                                        new FieldProblem("policeSignatory", "'Undertecknas av' måste fyllas i.")));
    }

    @Test
    void aFieldHiddenByTheAnswerIsNeitherRequiredNorWritten() throws IOException {
        FormSchema form = form("approve-pledge-police");
        Map<String, JsonNode> accepted = new FormContract(form, Map.of(), TODAY)
                .accept(Map.of(
                        "policeApproval",
                        NODES.textNode("request-changes"),
                        "policeApprovalComment",
                        NODES.textNode("Ändra målet."),
                        "policeSignatory",
                        NODES.textNode("Någon annan")));
        assertThat(accepted).containsOnlyKeys("policeApproval", "policeApprovalComment");
    }

    @Test
    void numbersAreStoredAsNumbersAndWholeNumbersAsWhole() throws IOException {
        FormSchema form = form("report-occurrence");
        Map<String, JsonNode> accepted = new FormContract(form, Map.of(), TODAY)
                .accept(Map.of(
                        "occurrenceAction",
                        NODES.textNode("report"),
                        "occurrenceDate",
                        NODES.textNode("2026-11-20"),
                        "occurrenceParticipants",
                        NODES.textNode("12"),
                        "occurrenceHours",
                        NODES.numberNode(2.5),
                        "occurrenceQuantity",
                        NODES.numberNode(3.0),
                        "occurrenceObservations",
                        NODES.textNode("Lugn kväll vid torget.")));
        assertThat(accepted.get("occurrenceParticipants").isIntegralNumber()).isTrue();
        assertThat(accepted.get("occurrenceQuantity").asLong()).isEqualTo(3);
        assertThat(accepted.get("occurrenceHours").asDouble()).isEqualTo(2.5);
    }

    @Test
    void aWholeNumberWithDecimalsOrANegativeCountIsRefused() throws IOException {
        FormSchema form = form("report-occurrence");
        SubmissionRefused refused = catchThrowableOfType(
                SubmissionRefused.class,
                () -> new FormContract(form, Map.of(), TODAY)
                        .accept(Map.of(
                                "occurrenceAction",
                                NODES.textNode("report"),
                                "occurrenceDate",
                                NODES.textNode("2026-11-20"),
                                "occurrenceParticipants",
                                NODES.numberNode(2.5),
                                "occurrenceQuantity",
                                NODES.numberNode(-1),
                                "occurrenceObservations",
                                NODES.textNode("Lugn kväll vid torget."))));
        assertThat(refused.problems())
                .extracting(FieldProblem::message)
                .containsExactlyInAnyOrder(
                        "'Antal deltagare' ska vara ett heltal.",
                        "'Utfört vid tillfället (mot målet)' får inte vara mindre än 0.");
    }

    @Test
    void aListWithFixedRowsKeepsTheServersRowsAndTakesOnlyTheAnswers() throws IOException {
        FormSchema form = form("review-follow-up");
        JsonNode shownRows = NODES.arrayNode()
                .add(NODES.objectNode()
                        .put("promise", "Polisen lovar att gå.")
                        .put("party", "polisen")
                        .putNull("assessment"));
        Map<String, JsonNode> accepted = new FormContract(form, Map.of("commitmentAssessments", shownRows), TODAY)
                .accept(Map.of(
                        "commitmentAssessments",
                        NODES.arrayNode()
                                .add(NODES.objectNode()
                                        .put("promise", "Polisen lovar att gå.")
                                        .put("assessment", "at-risk")),
                        "reviewerDecision",
                        NODES.textNode("continue"),
                        "reviewerComment",
                        NODES.textNode("Det går bra.")));
        assertThat(accepted.get("commitmentAssessments").get(0).toString())
                .isEqualTo("{\"promise\":\"Polisen lovar att gå.\",\"party\":\"polisen\",\"assessment\":\"at-risk\"}");
    }

    @Test
    void aSelectFillsItsOptionsFromTheTasksVariableAndTakesOnlyThose() throws IOException {
        FormSchema form = form("draft-pledge");
        assertThat(form.field("commitments").itemField("organisation").optionsKey())
                .isEqualTo("organisationChoices");
        Map<String, JsonNode> shown = Map.of(
                "organisationChoices",
                NODES.arrayNode().add(NODES.objectNode().put("value", "7").put("label", "Nattvandrarna (Förening)")));
        FormContract contract = new FormContract(form, shown, TODAY);
        Map<String, JsonNode> draft = new LinkedHashMap<>(Map.of(
                "pledgeText",
                NODES.textNode("Polisen och kommunen lovar att göra torget tryggare."),
                "periodStart",
                NODES.textNode("2027-01-01"),
                "periodEnd",
                NODES.textNode("2027-12-31")));

        draft.put("commitments", NODES.arrayNode().add(commitmentOf("7")));
        assertThat(contract.accept(draft)
                        .get("commitments")
                        .get(0)
                        .path("organisation")
                        .asText())
                .isEqualTo("7");

        draft.put("commitments", NODES.arrayNode().add(commitmentOf("8")));
        SubmissionRefused refused = catchThrowableOfType(SubmissionRefused.class, () -> contract.accept(draft));
        assertThat(refused.problems())
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "commitments[0].organisation", "Välj 'Organisation' bland dem som listan erbjuder."));
    }

    private static JsonNode commitmentOf(String organisation) {
        return NODES.objectNode()
                .put("organisation", organisation)
                .put("promise", "Nattvandrarna lovar att vandra varje fredag.")
                .put("measureType", "vuxenvandring")
                .put("dueDate", "2027-12-31")
                .put("indicator", "Antal vandringar");
    }
}
