package se.medborgarlofte.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.pledge.process.IndicatorChoicesListener;
import se.medborgarlofte.system.JsonVariables;
import se.medborgarlofte.system.web.FieldProblem;
import se.medborgarlofte.taskform.FormContract;
import se.medborgarlofte.taskform.FormSchema;
import se.medborgarlofte.taskform.SubmissionRefused;

/**
 * The draft form's select "Indikator" takes its options from the task, where the configured catalogue is put when the
 * task is created (a new indicator in application.yaml needs no change to the form and is validated on the server),
 * and the follow-up form no longer asks for the old bare survey and crime figures.
 */
class EffectGoalFormTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path DRAFT = Path.of("forms/draft-pledge.form");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void theDraftFormTakesItsIndicatorsFromTheTaskAndListsNoneItself() throws IOException {
        JsonNode indicator = indicatorSelect();
        assertThat(indicator.path("valuesKey").asText()).isEqualTo(Variable.INDICATOR_CHOICES);
        assertThat(indicator.has("values")).isFalse();
        assertThat(FormSchema.parse(Files.readString(DRAFT))
                        .field("effectGoals")
                        .itemField("indicator")
                        .optionsKey())
                .isEqualTo(Variable.INDICATOR_CHOICES);
    }

    @Test
    void theDraftTaskOffersTheConfiguredCatalogueWithScaleAndDirection() {
        Map<String, Object> local = choicesOf(ConfiguredIndicators.catalogue());
        JsonNode options = options(local);
        assertThat(options.findValuesAsText("value"))
                .containsExactlyElementsOf(ConfiguredIndicators.catalogue().all().stream()
                        .map(Indicator::key)
                        .toList());
        assertThat(options.findValuesAsText("label"))
                .contains(
                        "Polisens trygghetsmätning, problemindex (0–6, lägre är bättre)",
                        "Andel som känner sig otrygga (0–100 %, lägre är bättre)",
                        "Deltagare (högre är bättre)");
    }

    /** A municipality's own indicator in the configuration: offered in the draft and accepted, the form unchanged. */
    @Test
    void anIndicatorAddedInTheConfigurationIsOfferedAndAcceptedWithoutAFormChange() throws IOException {
        List<Indicator> configured =
                new ArrayList<>(ConfiguredIndicators.catalogue().all());
        configured.add(new Indicator(
                "nedskrapning",
                "Nedskräpning enligt Håll Sverige Rent",
                "skräp/10 m²",
                BigDecimal.ZERO,
                null,
                Indicator.Direction.LOWER,
                "Antal skräp per tio kvadratmeter vid samma mätpunkter varje gång, lägre är bättre.",
                false));
        Map<String, Object> local = choicesOf(new IndicatorCatalogue(new IndicatorProperties(configured)));
        JsonNode options = options(local);
        assertThat(options.findValuesAsText("value")).contains("nedskrapning");
        assertThat(options.findValuesAsText("label"))
                .contains("Nedskräpning enligt Håll Sverige Rent (lägre är bättre)");

        FormContract contract = new FormContract(
                FormSchema.parse(Files.readString(DRAFT)), Map.of(Variable.INDICATOR_CHOICES, options), TODAY);
        assertThat(contract.accept(draftWithGoalOn("nedskrapning"))
                        .get("effectGoals")
                        .get(0)
                        .path("indicator")
                        .asText())
                .isEqualTo("nedskrapning");
        SubmissionRefused refused =
                catchThrowableOfType(SubmissionRefused.class, () -> contract.accept(draftWithGoalOn("bilbränder")));
        assertThat(refused.problems())
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple("effectGoals[0].indicator", "Välj 'Indikator' bland dem som listan erbjuder."));
    }

    private static Map<String, Object> choicesOf(IndicatorCatalogue catalogue) {
        Map<String, Object> local = new HashMap<>();
        DelegateTask task = mock(DelegateTask.class);
        doAnswer(call -> local.put(call.getArgument(0), call.getArgument(1)))
                .when(task)
                .setVariableLocal(anyString(), any());
        new IndicatorChoicesListener(catalogue).notify(task);
        return local;
    }

    private static JsonNode options(Map<String, Object> local) {
        try {
            return JSON.readTree(JsonVariables.text(local.get(Variable.INDICATOR_CHOICES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, JsonNode> draftWithGoalOn(String indicator) {
        ObjectNode goal = JSON.createObjectNode()
                .put("indicator", indicator)
                .put("goal", "Skräpet på torget ska minska till hälften under löftets period.")
                .put("scope", "Torget, samma tio mätpunkter")
                .put("baselineValue", 12)
                .put("baselineOn", "2026-09-01")
                .put("baselineSource", "Egen mätning")
                .put("targetValue", 6);
        Map<String, JsonNode> draft = new LinkedHashMap<>();
        draft.put("pledgeText", JSON.getNodeFactory().textNode("Polisen och kommunen lovar att göra torget tryggare."));
        draft.put("periodStart", JSON.getNodeFactory().textNode("2027-01-01"));
        draft.put("periodEnd", JSON.getNodeFactory().textNode("2027-12-31"));
        draft.put("effectGoals", JSON.createArrayNode().add(goal));
        return draft;
    }

    private static JsonNode indicatorSelect() throws IOException {
        JsonNode list = component(JSON.readTree(DRAFT.toFile()), "effectGoals");
        for (JsonNode field : list.path("components")) {
            if ("indicator".equals(field.path("key").asText())) {
                return field;
            }
        }
        throw new AssertionError("the draft form's list Effektmål has no field indicator");
    }

    @Test
    void theFollowUpFormTakesValuesPerEffectGoalInsteadOfTheOldFigures() throws IOException {
        String form = Files.readString(Path.of("forms/compile-follow-up.form"));
        assertThat(form)
                .contains("\"path\": \"effectGoalValues\"")
                .doesNotContain("\"key\": \"safetyIndex\"", "\"key\": \"reportedCrimes\"");
    }

    private static JsonNode component(JsonNode node, String path) {
        for (JsonNode component : node.path("components")) {
            if (path.equals(component.path("path").asText())) {
                return component;
            }
            JsonNode inner = component(component, path);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
