package se.medborgarlofte;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.casefile.SteeringSubject;
import se.medborgarlofte.citizeninput.CitizenInputProcess;
import se.medborgarlofte.council.CouncilProcess;
import se.medborgarlofte.identity.OrganisationGroup;
import se.medborgarlofte.measure.MeasureProcess;
import se.medborgarlofte.pledge.PledgeProcess;
import se.medborgarlofte.revision.RevisionProcess;
import se.medborgarlofte.steering.SteeringProcess;

/** Guards the models and forms in {@code bpmn/} and {@code forms/} against the mistakes the engine only finds at run time. */
class ModelAssetsTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern CONDITION_VARIABLE = Pattern.compile("\\$\\{\\s*!?([a-zA-Z]+)\\s*(==|!=)");
    private static final Set<String> GROUPS = java.util.Arrays.stream(OrganisationGroup.values())
            .map(OrganisationGroup::id)
            .collect(Collectors.toSet());

    /** Variables that code, not a form, writes; forms may show them read-only. */
    private static final Set<String> WRITTEN_BY_CODE = Set.of(
            PledgeProcess.Variable.REGISTRATION_NUMBER,
            PledgeProcess.Variable.SIGNED_ON,
            PledgeProcess.Variable.SIGNATORIES,
            PledgeProcess.Variable.COMMITMENT_ASSESSMENTS,
            PledgeProcess.Variable.COMMITMENT_PROGRESS,
            PledgeProcess.Variable.STEERING_DECISION,
            PledgeProcess.Variable.STEERING_COMMENT,
            PledgeProcess.Variable.FOCUS_AREAS_DECISION,
            PledgeProcess.Variable.FOCUS_AREAS_COMMENT,
            PledgeProcess.Variable.RENEWAL_DECISION,
            PledgeProcess.Variable.RENEWAL_COMMENT,
            PledgeProcess.Variable.FEEDBACK_FOLLOW_UP_NUMBER,
            PledgeProcess.Variable.FEEDBACK_STEERING_DECISION,
            PledgeProcess.Variable.CO_SIGNING_ORGANISATION,
            PledgeProcess.Variable.EFFECT_GOAL_STANDING,
            CouncilProcess.AGENDA,
            CitizenInputProcess.WHAT,
            CitizenInputProcess.WHERE,
            CitizenInputProcess.EMAIL,
            CitizenInputProcess.FOR_FOLLOW_UP,
            MeasureProcess.Variable.RESPONSIBLE_GROUP,
            MeasureProcess.Variable.OCCURRENCES,
            MeasureProcess.Variable.OCCURRENCE_COUNT,
            MeasureProcess.Variable.REPORTED_QUANTITY,
            RevisionProcess.Variable.REVISION_SUMMARY,
            RevisionProcess.Variable.REVISION_NEEDS_SIGNING,
            RevisionProcess.Variable.CO_SIGNER_SUMMARY,
            RevisionProcess.Variable.CO_SIGNER_COMMENTS);

    private static final Set<String> REVIEW_TASKS = Set.of(
            PledgeProcess.Element.REVIEW_FOLLOW_UP,
            PledgeProcess.Element.REVIEW_FINAL_FOLLOW_UP,
            PledgeProcess.Element.CONFIRM_FOCUS_AREAS,
            PledgeProcess.Element.DECIDE_RENEWAL);
    /**
     * The consolidated decisions code writes for the gateways, each with the form in which a steering member answers
     * and what the decision is on: the member's choices are the decision's.
     */
    private static final Map<String, Map.Entry<String, SteeringSubject>> COLLECTIVE_DECISIONS = Map.of(
            PledgeProcess.Variable.FOCUS_AREAS_DECISION,
            Map.entry(PledgeProcess.Element.CONFIRM_FOCUS_AREAS, SteeringSubject.FOCUS_AREAS),
            PledgeProcess.Variable.RENEWAL_DECISION,
            Map.entry(PledgeProcess.Element.DECIDE_RENEWAL, SteeringSubject.RENEWAL));
    /** A measure's variables unpacked from one row of the pledge's commitments list. */
    private static final Set<String> COMMITMENT_FIELDS = Set.of(
            MeasureProcess.Variable.PARTY,
            MeasureProcess.Variable.PROMISE,
            MeasureProcess.Variable.MEASURE_TYPE,
            MeasureProcess.Variable.TARGET_QUANTITY,
            MeasureProcess.Variable.TARGET_UNIT,
            MeasureProcess.Variable.DUE_DATE,
            MeasureProcess.Variable.INDICATOR);

    private static final Map<String, BpmnModelInstance> MODELS = new HashMap<>();
    private static final Map<String, JsonNode> FORMS = new HashMap<>();
    private static final List<Field> FIELDS = new ArrayList<>();

    /** One keyed form field; {@code list} is the path of the dynamic list it belongs to, or null. */
    record Field(String form, String key, String type, boolean readonly, String list, JsonNode component) {}

    @BeforeAll
    static void load() throws IOException {
        for (String resource : ProcessTestEngine.resources("bpmn")
                .filter(name -> name.endsWith(".bpmn"))
                .toList()) {
            try (InputStream in = ModelAssetsTests.class.getClassLoader().getResourceAsStream(resource)) {
                MODELS.put(resource, Bpmn.readModelFromStream(in));
            }
        }
        try (var files = Files.list(ProcessTestEngine.folder("forms"))) {
            for (Path file : files.toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                FORMS.put(file.getFileName().toString().replace(".form", ""), form);
                collect(file.getFileName().toString().replace(".form", ""), form.path("components"), null, FIELDS);
            }
        }
    }

    @Test
    void bothProcessesAndTheDecisionAreThere() {
        assertThat(MODELS.keySet())
                .containsExactlyInAnyOrder(
                        "bpmn/medborgarlofte.bpmn",
                        "bpmn/atgard.bpmn",
                        "bpmn/tryggare-radet.bpmn",
                        "bpmn/medborgarsynpunkt.bpmn");
        assertThat(ProcessTestEngine.resources("bpmn")).contains("bpmn/measure-responsible-group.dmn");
    }

    @Test
    void everyUserTaskHasACandidateGroupOrItsOwnMemberAndADeployedForm() {
        for (UserTask task : all(UserTask.class)) {
            String where = task.getId();
            if (REVIEW_TASKS.contains(where)) {
                // one task per steering group member, assigned to them
                assertThat(task.getCamundaAssignee())
                        .as("assignee of %s", where)
                        .isEqualTo("${reviewer.stringValue()}");
                assertThat(task.getLoopCharacteristics())
                        .as("one %s per member", where)
                        .isNotNull();
                continue;
            }
            String groups = task.getCamundaCandidateGroups();
            assertThat(groups).as("candidate groups of %s", where).isNotBlank();
            if (where.equals(PledgeProcess.Element.APPROVE_PLEDGE_CO_SIGNER)
                    || where.equals(RevisionProcess.Element.APPROVE_REVISION_CO_SIGNER)) {
                // one task per co-signing organisation, in that organisation's own group
                assertThat(groups).isEqualTo("${coSignerGroup.stringValue()}");
                assertThat(task.getLoopCharacteristics())
                        .as("one %s per organisation", where)
                        .isNotNull();
            } else if (!groups.equals("${responsibleGroup}")) {
                assertThat(GROUPS).as("candidate group of %s", where).contains(groups);
            }
            assertThat(task.getCamundaFormRef()).as("formRef of %s", where).isNotBlank();
            assertThat(task.getCamundaFormRefBinding())
                    .as("formRefBinding of %s", where)
                    .isEqualTo("deployment");
            assertThat(task.getName()).as("name of %s", where).isNotBlank();
        }
    }

    @Test
    void everyUserTaskWritesTheCaseFileAndAnnouncesItself() {
        for (UserTask task : all(UserTask.class)) {
            assertThat(hasListener(task, "complete", "${caseFileTaskListener}"))
                    .as("case-file listener on %s", task.getId())
                    .isTrue();
            assertThat(hasListener(task, "create", "${taskDeadlineListener}"))
                    .as("deadline on %s", task.getId())
                    .isTrue();
            assertThat(hasListener(task, "create", "${taskNotificationListener}"))
                    .as("notification on %s", task.getId())
                    .isTrue();
        }
    }

    private static boolean hasListener(UserTask task, String event, String delegate) {
        return task.getExtensionElements() != null
                && task
                        .getExtensionElements()
                        .getElementsQuery()
                        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class)
                        .list()
                        .stream()
                        .anyMatch(listener -> event.equals(listener.getCamundaEvent())
                                && delegate.equals(listener.getCamundaDelegateExpression()));
    }

    @Test
    void thePledgeStartEventHasAForm() {
        StartEvent start = MODELS.get("bpmn/medborgarlofte.bpmn").getModelElementsByType(StartEvent.class).stream()
                .filter(event -> event.getParentElement() instanceof Process)
                .findFirst()
                .orElseThrow();
        assertThat(start.getCamundaFormRef()).isEqualTo("medborgarlofte-start");
        assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
    }

    @Test
    void everyFormRefResolvesToAFormWithThatId() {
        Set<String> refs = new TreeSet<>();
        all(UserTask.class).forEach(task -> refs.add(task.getCamundaFormRef()));
        all(StartEvent.class).stream()
                .map(StartEvent::getCamundaFormRef)
                .filter(ref -> ref != null)
                .forEach(refs::add);

        for (String ref : refs) {
            assertThat(FORMS).as("forms/%s.form", ref).containsKey(ref);
            assertThat(FORMS.get(ref).path("id").asText())
                    .as("id inside forms/%s.form", ref)
                    .isEqualTo(ref);
        }
        assertThat(FORMS.keySet()).as("forms no model uses").isEqualTo(refs);
    }

    @Test
    void everyElementIsDrawnAndNamedInKebabCase() {
        for (BpmnModelInstance model : MODELS.values()) {
            Set<String> shapes = ids(model.getModelElementsByType(BpmnShape.class).stream()
                    .map(shape -> shape.getBpmnElement().getId())
                    .toList());
            Set<String> edges = ids(model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(edge -> edge.getBpmnElement().getId())
                    .toList());
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                assertThat(element.getId()).as("id of %s", element.getName()).matches(KEBAB_CASE);
                if (element instanceof FlowNode) {
                    assertThat(shapes)
                            .as("diagram shape of %s", element.getId())
                            .contains(element.getId());
                } else if (element instanceof SequenceFlow) {
                    assertThat(edges).as("diagram edge of %s", element.getId()).contains(element.getId());
                }
            }
        }
    }

    @Test
    void everyProcessHasAHistoryTimeToLive() {
        for (Process process : all(Process.class)) {
            assertThat(process.getCamundaHistoryTimeToLiveString())
                    .as("history time to live of %s", process.getId())
                    .isNotBlank();
            assertThat(process.isExecutable()).isTrue();
        }
    }

    @Test
    void everyGatewayConditionReadsAVariableThatAFormOrCodeWrites() {
        Set<String> written = new HashSet<>(editableKeys());
        written.addAll(WRITTEN_BY_CODE);
        for (ConditionExpression condition : all(ConditionExpression.class)) {
            Matcher variable = CONDITION_VARIABLE.matcher(condition.getTextContent());
            while (variable.find()) {
                assertThat(written)
                        .as("variable %s in condition %s", variable.group(1), condition.getTextContent())
                        .contains(variable.group(1));
            }
        }
    }

    @Test
    void everyReadOnlyFieldShowsSomethingThatIsWritten() {
        Set<String> written = new HashSet<>(editableKeys());
        written.addAll(WRITTEN_BY_CODE);
        written.addAll(COMMITMENT_FIELDS);
        for (Field field : FIELDS) {
            if (field.readonly() && field.list() == null) {
                assertThat(written)
                        .as("read-only %s in %s", field.key(), field.form())
                        .contains(field.key());
            }
        }
    }

    @Test
    void readOnlyListsShowColumnsTheirWriterFills() {
        Map<String, Set<String>> writtenColumns = new HashMap<>();
        FIELDS.stream()
                .filter(field -> field.list() != null && !field.readonly())
                .forEach(field -> writtenColumns
                        .computeIfAbsent(field.list(), list -> new HashSet<>())
                        .add(field.key()));
        writtenColumns
                .computeIfAbsent(MeasureProcess.Variable.OCCURRENCES, list -> new HashSet<>())
                .addAll(Set.of("date", "participants", "hours", "quantity", "observations"));
        // the recorded draft's party word and organisation name come from the organisation the commitment names
        writtenColumns
                .computeIfAbsent(PledgeProcess.Variable.COMMITMENTS, list -> new HashSet<>())
                .addAll(Set.of("party", "organisationName"));
        writtenColumns
                .computeIfAbsent(PledgeProcess.Variable.COMMITMENT_ASSESSMENTS, list -> new HashSet<>())
                .addAll(Set.of("promise", "party", "planned", "done"));
        writtenColumns
                .computeIfAbsent(PledgeProcess.Variable.COMMITMENT_PROGRESS, list -> new HashSet<>())
                .addAll(Set.of("promise", "planned", "done"));
        // a review's effect goals with their standing, from the case file (EffectGoalRows.standingRows)
        writtenColumns
                .computeIfAbsent(PledgeProcess.Variable.EFFECT_GOAL_STANDING, list -> new HashSet<>())
                .addAll(Set.of("goal", "indicator", "standing"));
        // a follow-up's effect goals, the same standing beside the new value (EffectGoalRows.valueRows)
        writtenColumns
                .computeIfAbsent(PledgeProcess.Variable.EFFECT_GOAL_VALUES, list -> new HashSet<>())
                .addAll(Set.of("goalId", "goal", "indicator", "standing"));
        // a revision's rows are the running commitments from the case file, with the party and kind they keep
        writtenColumns
                .computeIfAbsent(RevisionProcess.Variable.REVISION_COMMITMENTS, list -> new HashSet<>())
                .addAll(Set.of("party", "measureType"));
        for (Field field : FIELDS) {
            if (field.readonly() && field.list() != null) {
                assertThat(writtenColumns.getOrDefault(field.list(), Set.of()))
                        .as("column %s of list %s in %s", field.key(), field.list(), field.form())
                        .contains(field.key());
            }
        }
    }

    @Test
    void aVariableHasTheSameFieldTypeInEveryForm() {
        Map<String, Set<String>> types = new HashMap<>();
        for (Field field : FIELDS) {
            String name = field.list() == null ? field.key() : field.list() + "[]." + field.key();
            types.computeIfAbsent(name, key -> new TreeSet<>()).add(field.type());
        }
        types.forEach(
                (name, kinds) -> assertThat(kinds).as("field types of %s", name).hasSize(1));
    }

    @Test
    void everyFieldHasASwedishLabelAndNumbersCannotBeNegative() {
        for (Field field : FIELDS) {
            JsonNode component = field.component();
            String label = component.has("dateLabel")
                    ? component.path("dateLabel").asText()
                    : component.path("label").asText();
            assertThat(label).as("label of %s in %s", field.key(), field.form()).isNotBlank();
            if (field.type().equals("number") && !field.readonly()) {
                assertThat(component.path("validate").path("min").isNumber())
                        .as("minimum of %s in %s", field.key(), field.form())
                        .isTrue();
                assertThat(component.path("validate").path("min").asDouble()).isGreaterThanOrEqualTo(0);
            }
            if ((field.type().equals("textfield") || field.type().equals("textarea")) && !field.readonly()) {
                assertThat(component.path("validate").path("maxLength").asInt())
                        .as("maximum length of %s in %s", field.key(), field.form())
                        .isPositive();
            }
        }
    }

    @Test
    void choicesAreSelectsOrRadiosWithTheValuesTheModelsCompare() {
        Map<String, Set<String>> values = new HashMap<>();
        for (Field field : FIELDS) {
            for (JsonNode value : field.component().path("values")) {
                values.computeIfAbsent(field.key(), key -> new HashSet<>())
                        .add(value.path("value").asText());
            }
        }
        // a collective decision takes the values its members choose from in their own forms
        COLLECTIVE_DECISIONS.forEach((variable, memberForm) -> {
            Set<String> offered = new HashSet<>();
            for (Field field : FIELDS) {
                if (field.form().equals(memberForm.getKey()) && field.key().equals(SteeringProcess.REVIEWER_DECISION)) {
                    field.component()
                            .path("values")
                            .forEach(value -> offered.add(value.path("value").asText()));
                }
            }
            assertThat(offered)
                    .as("choices of %s in %s", SteeringProcess.REVIEWER_DECISION, memberForm.getKey())
                    .containsExactlyInAnyOrderElementsOf(memberForm.getValue().decisions());
            values.put(variable, offered);
        });
        // the co-signers' approval, which code writes, is what each co-signer decides
        values.put(
                PledgeProcess.Variable.CO_SIGNERS_APPROVAL,
                values.getOrDefault(PledgeProcess.Variable.CO_SIGNER_DECISION, Set.of()));
        values.put(
                RevisionProcess.Variable.CO_SIGNERS_APPROVAL,
                values.getOrDefault(PledgeProcess.Variable.CO_SIGNER_DECISION, Set.of()));
        Pattern comparison = Pattern.compile("([a-zA-Z]+)\\s*(==|!=)\\s*'([^']+)'");
        for (ConditionExpression condition : all(ConditionExpression.class)) {
            Matcher compared = comparison.matcher(condition.getTextContent());
            while (compared.find()) {
                assertThat(values.getOrDefault(compared.group(1), Set.of()))
                        .as("choices of %s", compared.group(1))
                        .contains(compared.group(3));
            }
        }
    }

    @Test
    void stagesAreSubProcessesSoCockpitShowsWhereAPledgeStands() {
        Set<String> subProcesses =
                ids(MODELS.get("bpmn/medborgarlofte.bpmn").getModelElementsByType(SubProcess.class).stream()
                        .map(BaseElement::getId)
                        .toList());
        assertThat(subProcesses)
                .contains(
                        PledgeProcess.Element.IDENTIFY_NEED,
                        PledgeProcess.Element.AGREE_WITH_POLICE,
                        PledgeProcess.Element.IMPLEMENT,
                        PledgeProcess.Element.FOLLOW_UP,
                        PledgeProcess.Element.STEERING_REVIEW);
    }

    private static Set<String> editableKeys() {
        Set<String> keys = new HashSet<>();
        for (Field field : FIELDS) {
            if (!field.readonly()) {
                keys.add(field.list() == null ? field.key() : field.list());
            }
        }
        return keys;
    }

    private static void collect(String form, JsonNode components, String list, List<Field> into) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (type.equals("dynamiclist")) {
                String path = component.path("path").asText();
                into.add(new Field(
                        form,
                        path,
                        type,
                        !component.path("allowAddRemove").asBoolean(true) && allReadonly(component),
                        list,
                        component));
                collect(form, component.path("components"), path, into);
            } else if (component.has("components")) {
                collect(form, component.path("components"), list, into);
            } else if (component.has("key")) {
                into.add(new Field(
                        form,
                        component.path("key").asText(),
                        type,
                        component.path("readonly").asBoolean(false),
                        list,
                        component));
            }
        }
    }

    private static boolean allReadonly(JsonNode list) {
        for (JsonNode component : list.path("components")) {
            if (!component.path("readonly").asBoolean(false)) {
                return false;
            }
        }
        return true;
    }

    private static <T extends org.camunda.bpm.model.xml.instance.ModelElementInstance> List<T> all(Class<T> type) {
        List<T> elements = new ArrayList<>();
        MODELS.values().forEach(model -> elements.addAll(model.getModelElementsByType(type)));
        return elements;
    }

    private static Set<String> ids(Collection<String> ids) {
        return new HashSet<>(ids);
    }
}
