package se.medborgarlofte.revision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.EngineRestClient.Json;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;

/** A revision driven over HTTP by the demo users, on PostgreSQL: one commitment changes, the other measure runs on. */
@PostgresIntegrationTest
class RevisionIntegrationTests {

    private static final String NEW_PROMISE = "Bostadsbolaget lovar att stödja sex lokala föreningar.";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Test
    void aRevisionOfOneCommitmentLeavesTheOtherMeasuresRunning() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Tryggare Norra torget", "Norra torget");
        journey.identifyNeed(pledge).draft(pledge, PledgeJourney.COMMITMENTS).sign(pledge);
        EngineRestClient polis = journey.as("polis");
        String policeTask =
                polis.task(pledge, "plan-measure", "polis").path("id").asText();
        String housingTask = journey.as("bostadsbolag")
                .task(pledge, "plan-measure", PledgeJourney.HOUSING_COMPANY_GROUP)
                .path("id")
                .asText();

        journey.followUpAndReview(pledge, "revise");

        EngineRestClient samordnare = journey.as("samordnare");
        String draft = samordnare
                .task(pledge, "draft-revision", "samordnare")
                .path("id")
                .asText();
        ArrayNode rows = (ArrayNode) journey.as("admin").variables(draft).get("revisionCommitments");
        assertThat(rows).hasSize(2);
        ArrayNode forged = rows.deepCopy();
        ((ObjectNode) forged.get(0)).put("id", 987654321L).put("revisionAction", "withdraw");
        ResponseEntity<String> refused = samordnare.submitForAnswer(
                draft, Map.of("revisionCommitments", forged, "addedCommitments", new Json("[]")));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("Pågående åtaganden").doesNotContain("Exception");

        journey.reviseOne(pledge, "Bostadsbolaget", NEW_PROMISE, 6);
        JsonNode policeApproval = journey.as("lpo").task(pledge, "approve-revision-police", "polisledning");
        assertThat(journey.as("admin")
                        .variables(policeApproval.path("id").asText())
                        .get("revisionSummary")
                        .asText())
                .contains(NEW_PROMISE)
                .doesNotContain("Polisen lovar att starta");
        // the housing company's commitment changes, so it signs too, in its own group's task, seeing only its own
        JsonNode coSignerTask = journey.as("bostadsbolag")
                .task(pledge, "approve-revision-co-signer", PledgeJourney.HOUSING_COMPANY_GROUP);
        assertThat(journey.as("admin")
                        .variables(coSignerTask.path("id").asText())
                        .get("coSignerRevisionSummary")
                        .asText())
                .contains(NEW_PROMISE)
                .doesNotContain("Polisen lovar att starta");
        assertThat(journey.as("forening")
                        .getJson("/task?processInstanceBusinessKey=" + pledge
                                + "&taskDefinitionKey=approve-revision-co-signer"))
                .as("an organisation whose commitments do not change gets no task")
                .isEmpty();
        ResponseEntity<String> unsigned = journey.as("bostadsbolag")
                .submitForAnswer(coSignerTask.path("id").asText(), Map.of("coSignerDecision", "approve"));
        assertThat(unsigned.getStatusCode().value()).isEqualTo(400);
        assertThat(unsigned.getBody()).contains("Undertecknas av").doesNotContain("Exception");
        journey.signRevision(pledge);

        assertThat(polis.task(pledge, "plan-measure", "polis").path("id").asText())
                .as("the police measure's task is the same task")
                .isEqualTo(policeTask);
        JsonNode housing = journey.as("bostadsbolag").task(pledge, "plan-measure", PledgeJourney.HOUSING_COMPANY_GROUP);
        assertThat(housing.path("id").asText()).isEqualTo(housingTask);
        assertThat(journey.as("admin").variables(housingTask).get("promise").asText())
                .isEqualTo(NEW_PROMISE);
        assertThat(samordnare.getJson("/process-instance?processDefinitionKey=atgard&businessKey=" + pledge))
                .hasSize(2);

        JsonNode pledgeCase = EngineRestClient.read(
                samordnare.getApi("/api/pledges/" + pledge).getBody());
        List<String> promises = new ArrayList<>();
        pledgeCase
                .path("commitments")
                .forEach(commitment -> promises.add(commitment.path("promise").asText()));
        assertThat(promises)
                .containsExactly("Polisen lovar att starta minst 8 nya grannsamverkansområden.", NEW_PROMISE);
        assertThat(pledgeCase.path("summary").path("stage").asText()).isEqualTo("implement");
        List<String> timeline = new ArrayList<>();
        EngineRestClient.read(samordnare
                        .getApi("/api/pledges/" + pledge + "/timeline")
                        .getBody())
                .forEach(event -> timeline.add(event.path("description").asText()));
        assertThat(timeline)
                .anySatisfy(entry -> assertThat(entry)
                        .startsWith("Revidering 1 av åtagandena gäller, undertecknad av Eva Holm, lokalpolisområdeschef"
                                + " (Polisen), Lars Ekström, KSO (Kommunen), Björn Sjöberg, vd (Stadens Bostäder AB):"
                                + " 1 ändrat åtagande."));
    }
}
