package se.medborgarlofte.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;

/**
 * Organisations on PostgreSQL, over HTTP: the coordinator adds one and its group exists with Tasklist rights; a
 * commitment's measure reaches its organisation's group only, so one association does not see another's; a draft
 * naming an organisation that is not offered is refused in Swedish.
 */
@PostgresIntegrationTest
class OrganisationsIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    TaskService tasks;

    @Test
    void theCoordinatorAddsAnOrganisationWhoseGroupTheApplicationCreatesWithTasklistRights() {
        String name = "Fältgruppen Öst " + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> created = call(
                "samordnare",
                HttpMethod.POST,
                "/api/organisations",
                Map.of(
                        "name",
                        name,
                        "kind",
                        "association",
                        "contactName",
                        "Anna Öst",
                        "contactEmail",
                        "anna@faltgruppen.example",
                        "contactPhone",
                        "070-123 45 67"));

        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode organisation = EngineRestClient.read(created.getBody());
        String group = organisation.path("groupId").asText();
        assertThat(group).matches("faltgruppenost[a-z0-9]+");
        assertThat(organisation.path("kindLabel").asText()).isEqualTo("Förening eller civilsamhälle");
        assertThat(identity.createGroupQuery().groupId(group).singleResult().getName())
                .isEqualTo(name);
        assertThat(authorizations
                        .createAuthorizationQuery()
                        .groupIdIn(group)
                        .resourceType(Resources.APPLICATION)
                        .resourceId("tasklist")
                        .hasPermission(Permissions.ACCESS)
                        .count())
                .isEqualTo(1);

        ResponseEntity<String> renamed = call(
                "samordnare",
                HttpMethod.PUT,
                "/api/organisations/" + organisation.path("id").asText(),
                Map.of("name", name + " AB", "kind", "business"));
        assertThat(renamed.getStatusCode().value()).as(renamed.getBody()).isEqualTo(200);
        assertThat(EngineRestClient.read(renamed.getBody()).path("groupId").asText())
                .isEqualTo(group);
        assertThat(identity.createGroupQuery().groupId(group).singleResult().getName())
                .isEqualTo(name + " AB");
        assertThat(call("samordnare", HttpMethod.GET, "/api/organisations", null)
                        .getBody())
                .contains(name + " AB");
    }

    @Test
    void refusesWrongOrganisationsWithSwedishProblemsAndOthersThanTheCoordinator() {
        ResponseEntity<String> wrong = call(
                "samordnare",
                HttpMethod.POST,
                "/api/organisations",
                Map.of("name", " ", "kind", "club", "contactEmail", "inte-en-adress"));
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(wrong.getBody())
                .contains("Namn saknas.")
                .contains("Okänd sort")
                .contains("Kontaktens e-postadress har inte rätt format");

        ResponseEntity<String> taken =
                call("samordnare", HttpMethod.POST, "/api/organisations", Map.of("name", "polisen", "kind", "police"));
        assertThat(taken.getStatusCode().value()).isEqualTo(400);
        assertThat(taken.getBody()).contains("Det finns redan en organisation som heter polisen");

        assertThat(call(
                                "samordnare",
                                HttpMethod.PUT,
                                "/api/organisations/987654",
                                Map.of("name", "X Y", "kind", "other"))
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        ResponseEntity<String> association = call("forening", HttpMethod.GET, "/api/organisations", null);
        assertThat(association.getStatusCode().value()).isEqualTo(403);
        assertThat(association.getBody()).contains("Bara samordnare och administratörer hanterar organisationerna.");
    }

    @Test
    void anAssociationsMeasureReachesItsOwnGroupOnlyAndAnotherAssociationSeesNothingOfIt() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Tryggare Nattorget", "Nattorget");
        journey.identifyNeed(pledge)
                .draft(pledge, PledgeJourney.COMMITMENTS_WITH_ASSOCIATION)
                .sign(pledge);

        JsonNode nightWalkers = journey.as("forening").getJson("/task?processInstanceBusinessKey=" + pledge);
        assertThat(nightWalkers).hasSize(1);
        assertThat(nightWalkers.get(0).path("taskDefinitionKey").asText()).isEqualTo("plan-measure");
        List<String> groups = new ArrayList<>();
        for (IdentityLink link :
                tasks.getIdentityLinksForTask(nightWalkers.get(0).path("id").asText())) {
            groups.add(link.getGroupId());
        }
        assertThat(groups).containsExactly(PledgeJourney.ASSOCIATION_GROUP);
        assertThat(journey.as("forening").filterTaskIds("Att göra nu"))
                .contains(nightWalkers.get(0).path("id").asText());

        EngineRestClient otherAssociation = journey.as("forening2");
        assertThat(otherAssociation.getJson("/task?processInstanceBusinessKey=" + pledge))
                .isEmpty();
        assertThat(otherAssociation.filterTaskIds("Att göra nu"))
                .doesNotContain(nightWalkers.get(0).path("id").asText());
        assertThat(otherAssociation
                        .get("/task/" + nightWalkers.get(0).path("id").asText())
                        .getStatusCode()
                        .is2xxSuccessful())
                .isFalse();

        JsonNode signatories = journey.as("samordnare")
                .getJson("/history/variable-instance?variableName=signatories&processInstanceIdIn="
                        + journey.processInstanceId(pledge));
        assertThat(signatories.get(0).path("value").asText()).endsWith("(Nattvandrarna Gustav Adolf)");
    }

    @Test
    void aDraftNamingAnOrganisationTheFormDoesNotOfferIsRefusedInSwedish() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Okänd organisation", "Okändaplan");
        journey.identifyNeed(pledge);
        EngineRestClient coordinator = journey.as("samordnare");
        String task = coordinator
                .task(pledge, "draft-pledge", "samordnare")
                .path("id")
                .asText();

        ResponseEntity<String> refused = coordinator.submitForAnswer(
                task,
                Map.of(
                        "pledgeText",
                        "Polisen och kommunen lovar de boende ett tryggare område.",
                        "periodStart",
                        "2026-12-01",
                        "periodEnd",
                        "2028-11-30",
                        "commitments",
                        new EngineRestClient.Json("""
                                [{"organisation":"987654","promise":"Någon lovar något viktigt.","measureType":"ovrigt","dueDate":"2027-10-31","indicator":"Antal"}]""")));

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(refused.getBody()).contains("Välj 'Organisation' bland dem som listan erbjuder.");
        assertThat(coordinator
                        .task(pledge, "draft-pledge", "samordnare")
                        .path("id")
                        .asText())
                .isEqualTo(task);
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, EngineRestClient.DEMO_PASSWORD)
                .exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
