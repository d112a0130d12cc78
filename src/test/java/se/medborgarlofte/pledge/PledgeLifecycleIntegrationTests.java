package se.medborgarlofte.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.WebappLogin;

/** A pledge driven through the engine REST API by the demo users, on PostgreSQL. */
@PostgresIntegrationTest
class PledgeLifecycleIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Test
    void policeSeeAndCompleteTheSituationPictureOfANewPledgeAndItRunsToImplementation() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Tryggare Västra parken", "Västra parken");
        assertThat(pledge).matches("ML-\\d{4}-\\d{4}");

        EngineRestClient polis = EngineRestClient.as(rest, "polis");
        JsonNode policeTask = polis.task(pledge, "compile-police-situation-picture", "polis");
        assertThat(policeTask.path("name").asText()).isEqualTo("Ta fram polisens lägesbild");
        JsonNode form = polis.getJson("/task/" + policeTask.path("id").asText() + "/deployed-form");
        assertThat(form.path("id").asText()).isEqualTo("compile-police-situation-picture");
        journey.policePicture(pledge)
                .completeIdentifyNeed(pledge)
                .draft(pledge, PledgeJourney.COMMITMENTS)
                .sign(pledge);

        EngineRestClient samordnare = EngineRestClient.as(rest, "samordnare");
        JsonNode measures = samordnare.getJson("/process-instance?processDefinitionKey=atgard&businessKey=" + pledge);
        assertThat(measures).hasSize(2);
        JsonNode housingCompanyTask = EngineRestClient.as(rest, "bostadsbolag")
                .task(pledge, "plan-measure", PledgeJourney.HOUSING_COMPANY_GROUP);
        assertThat(housingCompanyTask.path("due").asText()).startsWith("2027-08-3");
        EngineRestClient.as(rest, "polis").task(pledge, "plan-measure", "polis");
        JsonNode signatories =
                samordnare.getJson("/history/variable-instance?variableName=signatories&processInstanceIdIn="
                        + journey.processInstanceId(pledge));
        assertThat(signatories.get(0).path("value").asText())
                .isEqualTo("Eva Holm, lokalpolisområdeschef (Polisen), Lars Ekström, KSO (Kommunen), "
                        + "Björn Sjöberg, vd (Stadens Bostäder AB)");
    }

    @Test
    void aTaskCompletedTwiceIsAClientErrorAndChangesNothing() {
        EngineRestClient samordnare = EngineRestClient.as(rest, "samordnare");
        String pledge = new PledgeJourney(rest, management).start("Tryggare Västra parken", "Västra parken");
        EngineRestClient kommun = EngineRestClient.as(rest, "kommun");
        String taskId = kommun.task(pledge, "hold-citizen-dialogue", "kommun")
                .path("id")
                .asText();
        Map<String, Object> dialogue = PledgeJourney.DIALOGUE_OF_TEN;

        assertThat(kommun.submit(taskId, dialogue)).isEqualTo(204);
        int again = kommun.submit(taskId, Map.of("dialogueParticipants", 99));

        assertThat(again).as("the second completion of a completed task").isEqualTo(409);
        JsonNode participants =
                samordnare.getJson("/history/variable-instance?variableName=dialogueParticipants&processInstanceIdIn="
                        + new PledgeJourney(rest, management).processInstanceId(pledge));
        assertThat(participants.get(0).path("value").asInt()).isEqualTo(10);
    }

    @Test
    void aPledgeWhosePeriodEndsBeforeItStartsIsRefusedWithAReason() {
        ResponseEntity<String> refused = EngineRestClient.as(rest, "samordnare")
                .post(
                        "/process-definition/key/medborgarlofte/start",
                        Map.of(
                                "variables",
                                EngineRestClient.typed(Map.of(
                                        "pledgeTitle",
                                        "Fel period",
                                        "area",
                                        "Torget",
                                        "periodStart",
                                        "2027-12-01",
                                        "periodEnd",
                                        "2027-01-31",
                                        "background",
                                        "Test av validering av perioden",
                                        "parties",
                                        new EngineRestClient.Json("[\"polisen\",\"kommunen\"]")))));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(EngineRestClient.read(refused.getBody()).path("message").asText())
                .isEqualTo("Periodens sista dag (2027-01-31) ligger före dess första dag (2027-12-01).");
    }

    @Test
    void theDemoDataHasPledgesInImplementationAndAwaitingSignatures() {
        EngineRestClient samordnare = EngineRestClient.as(rest, "samordnare");
        JsonNode townSquare = pledgeTitled(samordnare, "Tryggare Gustav Adolfs plan");
        JsonNode housingArea = pledgeTitled(samordnare, "Trygghet i Västerleden");

        assertThat(activityIds(samordnare, townSquare.path("id").asText())).contains("implement", "implement-measure");
        assertThat(samordnare.getJson("/process-instance?processDefinitionKey=atgard&businessKey="
                        + townSquare.path("businessKey").asText()))
                .hasSize(3);
        assertThat(activityIds(samordnare, housingArea.path("id").asText()))
                .contains("agree-with-police", "approve-pledge-police", "approve-pledge-municipality");
        assertThat(EngineRestClient.as(rest, "lpo")
                        .task(housingArea.path("businessKey").asText(), "approve-pledge-police", "polisledning")
                        .path("name")
                        .asText())
                .isEqualTo("Godkänn medborgarlöftet (polisen)");
    }

    @Test
    void everyUserHasTheSharedTasklistFiltersAndTheGroupFilterFindsTheirTasks() {
        String pledge = new PledgeJourney(rest, management).start("Tryggare Västra parken", "Västra parken");
        EngineRestClient polis = EngineRestClient.as(rest, "polis");

        JsonNode filters = polis.getJson("/filter?resourceType=Task");
        List<String> names = new ArrayList<>();
        filters.forEach(filter -> names.add(filter.path("name").asText()));
        assertThat(names).contains("Mina uppgifter", "Min grupps uppgifter", "Försenade");

        String groupFilter = idOf(filters, "Min grupps uppgifter");
        JsonNode groupTasks = polis.getJson("/filter/" + groupFilter + "/list?maxResults=200");
        List<String> taskKeys = new ArrayList<>();
        groupTasks.forEach(task -> taskKeys.add(task.path("taskDefinitionKey").asText()));
        assertThat(taskKeys)
                .contains("compile-police-situation-picture")
                .doesNotContain("compile-municipal-situation-picture");
        assertThat(EngineRestClient.as(rest, "forening")
                        .getJson("/filter/" + idOf(filters, "Försenade") + "/count")
                        .path("count")
                        .asInt())
                .isZero();
        assertThat(pledge).isNotBlank();
    }

    @Test
    void theCoordinatorReachesCockpitWithTheDiagramOfThePledge() {
        ResponseEntity<String> response =
                WebappLogin.login(rest, "cockpit", "samordnare", EngineRestClient.DEMO_PASSWORD);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(EngineRestClient.read(response.getBody())
                        .path("authorizedApps")
                        .toString())
                .contains("cockpit");
        JsonNode xml = EngineRestClient.as(rest, "samordnare").getJson("/process-definition/key/medborgarlofte/xml");
        assertThat(xml.path("bpmn20Xml").asText())
                .contains("<bpmndi:BPMNDiagram", "Identifiera behov", "Styrgruppens granskning");
    }

    @Test
    void anonymousAndWrongPasswordsAreRefusedButHealthIsOpen() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        // styrgrupp3 is used for nothing else: failed logins delay that user's next login for a few seconds
        assertThat(EngineRestClient.as(rest, "styrgrupp3", "fel-lösenord")
                        .get("/task")
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        assertThat(EngineRestClient.as(rest, "okand-anvandare")
                        .get("/task")
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        assertThat(rest.getForEntity("/actuator/health", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(WebappLogin.login(rest, "cockpit", "styrgrupp3", "fel-lösenord")
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }

    private static JsonNode pledgeTitled(EngineRestClient client, String title) {
        JsonNode found = client.getJson(
                "/process-instance?processDefinitionKey=medborgarlofte&variables=pledgeTitle_eq_" + title);
        assertThat(found).as("demo pledge %s", title).isNotEmpty();
        return found.get(0);
    }

    private static List<String> activityIds(EngineRestClient client, String processInstanceId) {
        List<String> ids = new ArrayList<>();
        collect(client.getJson("/process-instance/" + processInstanceId + "/activity-instances"), ids);
        return ids;
    }

    private static void collect(JsonNode activity, List<String> ids) {
        ids.add(activity.path("activityId").asText());
        activity.path("childActivityInstances").forEach(child -> collect(child, ids));
    }

    private static String idOf(JsonNode filters, String name) {
        for (JsonNode filter : filters) {
            if (filter.path("name").asText().equals(name)) {
                return filter.path("id").asText();
            }
        }
        throw new AssertionError("No filter " + name);
    }
}
