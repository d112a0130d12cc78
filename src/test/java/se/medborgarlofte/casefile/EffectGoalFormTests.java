package se.medborgarlofte.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The draft form's select "Indikator" offers exactly the configured catalogue (a new indicator in application.yaml
 * needs its option in the form), and the follow-up form no longer asks for the old bare survey and crime figures.
 */
class EffectGoalFormTests {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDraftFormOffersTheCataloguesIndicators() throws IOException {
        JsonNode list = component(JSON.readTree(new File("forms/draft-pledge.form")), "effectGoals");
        List<String> options = new ArrayList<>();
        for (JsonNode field : list.path("components")) {
            if ("indicator".equals(field.path("key").asText())) {
                field.path("values")
                        .forEach(option -> options.add(option.path("value").asText()));
            }
        }
        assertThat(options)
                .containsExactlyElementsOf(ConfiguredIndicators.catalogue().all().stream()
                        .map(Indicator::key)
                        .toList());
    }

    @Test
    void theFollowUpFormTakesValuesPerEffectGoalInsteadOfTheOldFigures() throws IOException {
        String form = new String(java.nio.file.Files.readAllBytes(new File("forms/compile-follow-up.form").toPath()));
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
