package se.medborgarlofte.taskform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.WebappLogin;

/**
 * The forgeries found by trying the engine REST API as the demo users would, each refused now: a signature in the
 * other party's name, a rewritten pledge, a steering decision taken by one member, a report on another pledge's
 * commitment, a task rerouted to another organisation, a coordinator completing others' tasks; and a task completed
 * twice at once, or two signatures at once, succeeding once with a 409 for the other.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskIntegrityIntegrationTests {

    private final ExecutorService racers = Executors.newFixedThreadPool(2);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @AfterAll
    void stopRacers() {
        racers.shutdownNow();
    }

    private PledgeJourney journey() {
        return new PledgeJourney(rest, management);
    }

    private String pledgeAwaitingSignatures(String title) {
        PledgeJourney journey = journey();
        String pledge = journey.start(title, "Signaturtorget");
        journey.identifyNeed(pledge).draft(pledge, PledgeJourney.COMMITMENTS);
        return pledge;
    }

    @Test
    void thePoliceHeadCannotSignInTheMunicipalitysName() {
        String pledge = pledgeAwaitingSignatures("Förfalskad underskrift");
        EngineRestClient lpo = EngineRestClient.as(rest, "lpo");
        String taskId = lpo.task(pledge, "approve-pledge-police", "polisledning")
                .path("id")
                .asText();

        ResponseEntity<String> forged = lpo.submitForAnswer(
                taskId,
                Map.of(
                        "policeApproval",
                        "approve",
                        "policeSignatory",
                        "Eva Holm, lokalpolisområdeschef",
                        "municipalityApproval",
                        "approve",
                        "municipalitySignatory",
                        "Lars Ekström, KSO"));

        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(forged)).contains("municipalityApproval", "municipalitySignatory");
        assertThat(EngineRestClient.read(forged.getBody()).path("message").asText())
                .contains("Formuläret har inget fält 'municipalityApproval'");
        EngineRestClient.as(rest, "kso").task(pledge, "approve-pledge-municipality", "kommunledning");
        lpo.task(pledge, "approve-pledge-police", "polisledning");
        assertThat(events(pledge, "approval")).isZero();
    }

    @Test
    void theMunicipalDecisionNeedsItsBodyAndCannotLieAhead() {
        String pledge = pledgeAwaitingSignatures("Kommunens beslut");
        EngineRestClient kso = EngineRestClient.as(rest, "kso");
        String taskId = kso.task(pledge, "approve-pledge-municipality", "kommunledning")
                .path("id")
                .asText();

        ResponseEntity<String> withoutBody = kso.submitForAnswer(
                taskId,
                Map.of(
                        "municipalityApproval",
                        "approve",
                        "municipalitySignatory",
                        "Lars Ekström, KSO",
                        "municipalRegistryNumber",
                        "KS 2026/123"));
        ResponseEntity<String> ahead = kso.submitForAnswer(
                taskId,
                Map.of(
                        "municipalityApproval",
                        "approve",
                        "municipalitySignatory",
                        "Lars Ekström, KSO",
                        "municipalDecisionBody",
                        "Kommunstyrelsen",
                        "municipalDecisionOn",
                        java.time.LocalDate.now().plusYears(1).toString()));

        assertThat(withoutBody.getStatusCode().value()).isEqualTo(400);
        assertThat(EngineRestClient.read(withoutBody.getBody()).path("message").asText())
                .contains("Ange vilket organ som fattade kommunens beslut");
        assertThat(ahead.getStatusCode().value()).isEqualTo(400);
        assertThat(EngineRestClient.read(ahead.getBody()).path("message").asText())
                .contains("Beslutsdatum kan inte ligga efter dagens datum");
        kso.task(pledge, "approve-pledge-municipality", "kommunledning");
        assertThat(events(pledge, "approval")).isZero();
        assertThat(events(pledge, "municipal-decision")).isZero();
    }

    @Test
    void aStartWritesOnlyWhatTheStartFormAsks() {
        ResponseEntity<String> forged = EngineRestClient.as(rest, "samordnare")
                .post(
                        "/process-definition/key/medborgarlofte/start",
                        Map.of(
                                "variables",
                                EngineRestClient.typed(Map.of(
                                        "pledgeTitle", "Förfalskat nummer",
                                        "area", "Torget",
                                        "periodStart", "2027-01-01",
                                        "periodEnd", "2027-12-31",
                                        "background", "Prövar ett eget diarienummer vid start.",
                                        "parties", new EngineRestClient.Json("[\"polisen\",\"kommunen\"]"),
                                        "registrationNumber", "ML-1999-0001"))));

        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(forged)).containsExactly("registrationNumber");
    }

    @Test
    void thePoliceHeadCannotRewriteThePledgeTheyApprove() {
        String pledge = pledgeAwaitingSignatures("Omskrivet löfte");
        EngineRestClient lpo = EngineRestClient.as(rest, "lpo");
        String taskId = lpo.task(pledge, "approve-pledge-police", "polisledning")
                .path("id")
                .asText();
        Map<String, JsonNode> shown = EngineRestClient.as(rest, "admin").variables(taskId);
        JsonNode moreCommitments = ((com.fasterxml.jackson.databind.node.ArrayNode)
                        shown.get("commitments").deepCopy())
                .add(
                        EngineRestClient.read(
                                "{\"party\":\"forening\",\"promise\":\"Föreningen lovar ingenting.\",\"measureType\":\"ovrigt\"}"));

        ResponseEntity<String> forged = lpo.submitForAnswer(
                taskId,
                Map.of(
                        "policeApproval",
                        "approve",
                        "policeSignatory",
                        "Eva Holm",
                        "pledgeText",
                        "Polisen lovar ingenting.",
                        "commitments",
                        moreCommitments));

        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(forged)).containsExactlyInAnyOrder("pledgeText", "commitments");
        journey().sign(pledge);
        assertThat(events(pledge, "measure-started"))
                .as("measures from the signed draft's two commitments")
                .isEqualTo(2);
    }

    @Test
    void oneSteeringMemberCannotDecideForTheGroup() {
        PledgeJourney journey = journey();
        String pledge = pledgeUnderReview(journey, "Ensam beslutare");
        EngineRestClient member = EngineRestClient.as(rest, "styrgrupp1");
        String taskId = member.assignedTask(pledge, "review-follow-up", "styrgrupp1")
                .path("id")
                .asText();

        ResponseEntity<String> alone = member.submitForAnswer(
                taskId,
                Map.of(
                        "reviewerDecision",
                        "close",
                        "reviewerComment",
                        "Jag bestämmer själv.",
                        "steeringDecision",
                        "close",
                        "reviewQuorum",
                        1));
        int put = member.exchange(
                        HttpMethod.PUT, "/task/" + taskId + "/variables/steeringDecision", Map.of("value", "close"))
                .getStatusCode()
                .value();
        int modify = member.exchange(
                        HttpMethod.POST,
                        "/task/" + taskId + "/variables",
                        Map.of("modifications", Map.of("steeringDecision", Map.of("value", "close"))))
                .getStatusCode()
                .value();
        int local = member.exchange(
                        HttpMethod.PUT, "/task/" + taskId + "/localVariables/reviewerId", Map.of("value", "styrgrupp2"))
                .getStatusCode()
                .value();
        int processVariable = member.exchange(
                        HttpMethod.PUT,
                        "/process-instance/" + journey.processInstanceId(pledge) + "/variables/steeringDecision",
                        Map.of("value", "close"))
                .getStatusCode()
                .value();

        assertThat(alone.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(alone)).containsExactlyInAnyOrder("steeringDecision", "reviewQuorum");
        assertThat(List.of(put, modify, local, processVariable)).containsOnly(403);
        journey.review(pledge, "review-follow-up", "styrgrupp1", "continue");
        journey.review(pledge, "review-follow-up", "styrgrupp2", "continue");
        assertThat(events(pledge, "measures-stopped")).isZero();
        assertThat(journey.as("samordnare")
                        .getJson("/task?processInstanceBusinessKey=" + pledge
                                + "&taskDefinitionKey=give-feedback-to-citizens"))
                .isEmpty();
        JsonNode feedback = journey.as("samordnare").task(pledge, "publish-follow-up-feedback", "samordnare");
        assertThat(journey.as("samordnare")
                        .variables(feedback.path("id").asText())
                        .get("feedbackSteeringDecision")
                        .asText())
                .as("the feedback reports the decision the members took, not the forged one")
                .isEqualTo("Fortsätt enligt plan");
        journey.publishFollowUpFeedback(pledge, "Arbetet fortsätter enligt plan på torget.");
    }

    @Test
    void aReportCannotNameAnotherPledgesCommitment() {
        PledgeJourney journey = journey();
        String own = journey.start("Egen rapport", "Rapporttorget");
        journey.identifyNeed(own).draft(own, PledgeJourney.COMMITMENTS).sign(own);
        journey.complete(
                "bostadsbolag",
                own,
                "plan-measure",
                PledgeJourney.HOUSING_COMPANY_GROUP,
                Map.of(
                        "measurePlan",
                        "Lokaler åt föreningar.",
                        "plannedStart",
                        "2026-12-10",
                        "contactPerson",
                        "Björn Sjöberg"));
        EngineRestClient housing = EngineRestClient.as(rest, "bostadsbolag");
        String taskId = housing.task(own, "report-occurrence", PledgeJourney.HOUSING_COMPANY_GROUP)
                .path("id")
                .asText();

        ResponseEntity<String> foreign = housing.submitForAnswer(
                taskId,
                Map.of(
                        "occurrenceAction",
                        "report",
                        "occurrenceDate",
                        "2027-01-20",
                        "occurrenceParticipants",
                        5,
                        "occurrenceQuantity",
                        4,
                        "occurrenceObservations",
                        "Fyra föreningar fick lokaler.",
                        "commitmentId",
                        1,
                        "responsibleGroup",
                        "polis",
                        "measureDueAt",
                        "2020-01-01T00:00:00"));

        assertThat(foreign.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(foreign)).containsExactlyInAnyOrder("commitmentId", "responsibleGroup", "measureDueAt");
        assertThat(events(own, "occurrence")).isZero();
    }

    @Test
    void nobodyButAnAdministratorReroutesATask() {
        String pledge = pledgeAwaitingSignatures("Omdirigerad uppgift");
        EngineRestClient lpo = EngineRestClient.as(rest, "lpo");
        String taskId = lpo.task(pledge, "approve-pledge-police", "polisledning")
                .path("id")
                .asText();
        String task = "/task/" + taskId;

        Map<String, Integer> answers = new java.util.LinkedHashMap<>();
        answers.put(
                "identity link",
                lpo.exchange(
                                HttpMethod.POST,
                                task + "/identity-links",
                                Map.of("groupId", "forening", "type", "candidate"))
                        .getStatusCode()
                        .value());
        answers.put("assignee", lpo.status(HttpMethod.POST, task + "/assignee", Map.of("userId", "forening")));
        answers.put("claim for another", lpo.status(HttpMethod.POST, task + "/claim", Map.of("userId", "forening")));
        answers.put("update", lpo.status(HttpMethod.PUT, task, Map.of("name", "Godkänn", "assignee", "forening")));
        answers.put("delegate", lpo.status(HttpMethod.POST, task + "/delegate", Map.of("userId", "forening")));
        answers.put("bpmn error", lpo.status(HttpMethod.POST, task + "/bpmnError", Map.of("errorCode", "x")));
        answers.put(
                "association completes",
                EngineRestClient.as(rest, "forening")
                        .submit(taskId, Map.of("policeApproval", "approve", "policeSignatory", "Föreningen")));
        answers.put(
                "coordinator completes",
                EngineRestClient.as(rest, "samordnare")
                        .submit(taskId, Map.of("policeApproval", "approve", "policeSignatory", "Samordnaren")));
        answers.put(
                "coordinator claims",
                EngineRestClient.as(rest, "samordnare")
                        .status(HttpMethod.POST, task + "/claim", Map.of("userId", "samordnare")));
        WebappLogin.Session session = WebappLogin.session(rest, "tasklist", "lpo", EngineRestClient.DEMO_PASSWORD);
        answers.put(
                "identity link in Tasklist",
                rest.exchange(
                                "/camunda/api/engine/engine/default" + task + "/identity-links",
                                HttpMethod.POST,
                                new HttpEntity<>(
                                        "{\"groupId\":\"forening\",\"type\":\"candidate\"}", session.headers()),
                                String.class)
                        .getStatusCode()
                        .value());

        assertThat(answers)
                .allSatisfy((what, status) -> assertThat(status).as(what).isEqualTo(403));
        JsonNode links = EngineRestClient.as(rest, "admin").getJson(task + "/identity-links");
        assertThat(links.toString()).doesNotContain("forening").doesNotContain("samordnare");
    }

    @Test
    void aCandidateClaimsForThemselvesAndHandsTheTaskBack() {
        String pledge = pledgeAwaitingSignatures("Ta och lämna");
        EngineRestClient lpo = EngineRestClient.as(rest, "lpo");
        String task = "/task/"
                + lpo.task(pledge, "approve-pledge-police", "polisledning")
                        .path("id")
                        .asText();

        assertThat(lpo.status(HttpMethod.POST, task + "/claim", Map.of("userId", "lpo")))
                .isEqualTo(204);
        assertThat(EngineRestClient.as(rest, "admin")
                        .getJson(task)
                        .path("assignee")
                        .asText())
                .isEqualTo("lpo");
        assertThat(lpo.status(HttpMethod.POST, task + "/unclaim", null)).isEqualTo(204);
        assertThat(EngineRestClient.as(rest, "admin")
                        .getJson(task)
                        .path("assignee")
                        .isNull())
                .isTrue();
    }

    @Test
    void theCoordinatorCannotAnswerAMembersReview() {
        String pledge = pledgeUnderReview(journey(), "Granskning för annan");
        String taskId = EngineRestClient.as(rest, "styrgrupp1")
                .assignedTask(pledge, "review-follow-up", "styrgrupp1")
                .path("id")
                .asText();

        ResponseEntity<String> answer = EngineRestClient.as(rest, "samordnare")
                .submitForAnswer(
                        taskId, Map.of("reviewerDecision", "close", "reviewerComment", "I ledamotens ställe."));
        ResponseEntity<String> otherMember = EngineRestClient.as(rest, "styrgrupp2")
                .submitForAnswer(
                        taskId, Map.of("reviewerDecision", "close", "reviewerComment", "I ledamotens ställe."));

        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(otherMember.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aTaskSubmittedTwiceAtTheSameMomentIsCompletedOnceAndTheOtherHears409() throws Exception {
        PledgeJourney journey = journey();
        List<List<Integer>> races = new ArrayList<>();
        Map<String, Integer> dialogues = new HashMap<>();
        for (int race = 0; race < 20; race++) {
            String pledge = journey.start("Dubbelsvar " + race, "Dubbeltorget");
            EngineRestClient kommun = EngineRestClient.as(rest, "kommun");
            String taskId = kommun.task(pledge, "hold-citizen-dialogue", "kommun")
                    .path("id")
                    .asText();
            Map<String, Object> dialogue = PledgeJourney.DIALOGUE_OF_TEN;
            races.add(race(
                    () -> status(kommun.submitForAnswer(taskId, dialogue)),
                    () -> status(kommun.submitForAnswer(taskId, dialogue))));
            dialogues.put(pledge, events(pledge, "citizen-dialogue"));
        }

        assertThat(races)
                .as("unexpected answers: %s", unexpected)
                .allSatisfy(statuses -> assertThat(statuses).containsExactlyInAnyOrder(204, 409));
        assertThat(dialogues)
                .allSatisfy(
                        (pledge, recorded) -> assertThat(recorded).as(pledge).isEqualTo(1));
    }

    @Test
    void twoSignaturesAtTheSameMomentAreBothRecordedOnce() throws Exception {
        for (int race = 0; race < 5; race++) {
            String pledge = pledgeAwaitingSignatures("Samtidiga underskrifter " + race);
            EngineRestClient lpo = EngineRestClient.as(rest, "lpo");
            EngineRestClient kso = EngineRestClient.as(rest, "kso");
            String police = lpo.task(pledge, "approve-pledge-police", "polisledning")
                    .path("id")
                    .asText();
            String municipality = kso.task(pledge, "approve-pledge-municipality", "kommunledning")
                    .path("id")
                    .asText();
            Map<String, Object> policeApproval = Map.of("policeApproval", "approve", "policeSignatory", "Eva Holm");
            Map<String, Object> municipalApproval =
                    Map.of("municipalityApproval", "approve", "municipalitySignatory", "Lars Ekström");

            List<Integer> statuses =
                    race(() -> lpo.submit(police, policeApproval), () -> kso.submit(municipality, municipalApproval));
            assertThat(statuses)
                    .as("race %d", race)
                    .containsAnyOf(204)
                    .allSatisfy(status -> assertThat(status).isIn(204, 409));
            if (statuses.get(0) == 409) {
                assertThat(lpo.submit(police, policeApproval))
                        .as("the police head tries again")
                        .isEqualTo(204);
            }
            if (statuses.get(1) == 409) {
                assertThat(kso.submit(municipality, municipalApproval))
                        .as("the signatory tries again")
                        .isEqualTo(204);
            }
            assertThat(events(pledge, "approval"))
                    .as("approvals of race %d", race)
                    .isEqualTo(2);
            // the housing company, which has a commitment, co-signs as well
            journey().coSign(pledge);
            EngineRestClient.as(rest, "samordnare").task(pledge, "communicate-pledge", "samordnare");
        }
    }

    private final List<String> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();

    private int status(ResponseEntity<String> answer) {
        int status = answer.getStatusCode().value();
        if (status != 204 && status != 409) {
            unexpected.add(status + " " + answer.getBody());
        }
        return status;
    }

    /** A signed pledge whose first follow-up is compiled: every steering member has a review task. */
    private String pledgeUnderReview(PledgeJourney journey, String title) {
        String pledge = journey.start(title, "Granskningstorget");
        journey.identifyNeed(pledge).draft(pledge, PledgeJourney.COMMITMENTS).sign(pledge);
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(journey.processInstanceId(pledge))
                .activityId("await-follow-up-date")
                .singleResult()
                .getId());
        journey.compileFollowUp(pledge, "compile-follow-up");
        return pledge;
    }

    private List<Integer> race(Callable<Integer> first, Callable<Integer> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<Integer> one = racers.submit(() -> {
            start.await();
            return first.call();
        });
        Future<Integer> two = racers.submit(() -> {
            start.await();
            return second.call();
        });
        start.countDown();
        return List.of(one.get(30, TimeUnit.SECONDS), two.get(30, TimeUnit.SECONDS));
    }

    private int events(String pledge, String type) {
        ResponseEntity<String> timeline =
                EngineRestClient.as(rest, "samordnare").getApi("/api/pledges/" + pledge + "/timeline");
        int count = 0;
        for (JsonNode event : EngineRestClient.read(timeline.getBody())) {
            count += event.path("type").asText().equals(type) ? 1 : 0;
        }
        return count;
    }

    private static List<String> fields(ResponseEntity<String> answer) {
        List<String> fields = new ArrayList<>();
        EngineRestClient.read(answer.getBody())
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }
}
