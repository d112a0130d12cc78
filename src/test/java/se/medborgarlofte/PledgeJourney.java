package se.medborgarlofte;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient.Json;

/**
 * Drives a pledge through its lifecycle over the engine REST API as the demo users would in Tasklist. Timers are
 * fired through the engine's management service, as the job executor would when their time comes.
 */
@RequiredArgsConstructor
public final class PledgeJourney {

    /** The demo's housing company's group and its association's (Nattvandrarna Gustav Adolf), with a demo user each. */
    public static final String HOUSING_COMPANY_GROUP = "bostadsbolaget";

    public static final String ASSOCIATION_GROUP = "nattvandrarna";

    /**
     * The police and the housing company promise (the housing company co-signs); {@code {group}} stands for the id of
     * the organisation with that group, which {@link #draft} puts in.
     */
    public static final String COMMITMENTS = """
            [{"organisation":"{polis}","promise":"Polisen lovar att starta minst 8 nya grannsamverkansområden.","measureType":"grannsamverkan","targetQuantity":8,"targetUnit":"områden","dueDate":"2027-10-31","indicator":"Antal områden"},
             {"organisation":"{bostadsbolaget}","promise":"Bostadsbolaget lovar att stödja fyra lokala föreningar.","measureType":"foreningsstod","targetQuantity":4,"targetUnit":"föreningar","dueDate":"2027-08-31","indicator":"Antal föreningar"}]
            """;

    /** The police and an association (night walkers) promise; the association's measure goes to its own group. */
    public static final String COMMITMENTS_WITH_ASSOCIATION = """
            [{"organisation":"{polis}","promise":"Polisen lovar att starta minst 8 nya grannsamverkansområden.","measureType":"grannsamverkan","targetQuantity":8,"targetUnit":"områden","dueDate":"2027-10-31","indicator":"Antal områden"},
             {"organisation":"{nattvandrarna}","promise":"Nattvandrarna lovar att vandra varje fredag.","measureType":"vuxenvandring","targetQuantity":40,"targetUnit":"kvällar","dueDate":"2027-06-30","indicator":"Antal kvällar"}]
            """;

    /** One effect goal on the share feeling unsafe, as the draft's list "Effektmål" sends it. */
    public static final String EFFECT_GOAL = """
            [{"indicator":"andel-otrygga","goal":"Andelen som känner sig otrygga i parken kvällstid ska minska från 38 % till under 25 %.","scope":"Parken kvällstid","baselineValue":38,"baselineOn":"2026-03-01","baselineSource":"Trygghetsmätningen 2026","targetValue":25}]
            """;

    /** A citizen dialogue with ten participants, as the municipality records it. */
    public static final Map<String, Object> DIALOGUE_OF_TEN = survey("enkat", 10, "Mörkt i parken");

    /** Called with each task just before the journey completes it, e.g. to try what else the task would accept. */
    @FunctionalInterface
    public interface CompletionWatch {
        void before(String user, JsonNode task);
    }

    private final TestRestTemplate rest;
    private final ManagementService management;
    private CompletionWatch watch = (user, task) -> {};

    public PledgeJourney watching(CompletionWatch watch) {
        this.watch = watch;
        return this;
    }

    public EngineRestClient as(String user) {
        return EngineRestClient.as(rest, user);
    }

    /** Starts a pledge through the engine REST API as the coordinator; returns its registration number. */
    public String start(String title, String area) {
        ResponseEntity<String> started = as("samordnare")
                .post(
                        "/process-definition/key/medborgarlofte/start",
                        Map.of(
                                "variables",
                                EngineRestClient.typed(Map.of(
                                        "pledgeTitle",
                                        title,
                                        "area",
                                        area,
                                        "periodStart",
                                        "2026-12-01",
                                        "periodEnd",
                                        "2028-11-30",
                                        "parties",
                                        new Json("[\"polisen\",\"kommunen\",\"naringsliv\"]"),
                                        "background",
                                        "Boende beskriver skadegörelse och bilbränder."))));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        return EngineRestClient.read(started.getBody()).path("businessKey").asText();
    }

    public PledgeJourney identifyNeed(String pledge) {
        return policePicture(pledge).completeIdentifyNeed(pledge);
    }

    public PledgeJourney policePicture(String pledge) {
        complete(
                "polis",
                pledge,
                "compile-police-situation-picture",
                "polis",
                Map.of(
                        "policeWhat",
                        "Skadegörelse och bilbränder",
                        "policeWhere",
                        "Parkeringarna",
                        "policeWhen",
                        "Kvällar",
                        "policeFrequency",
                        "Varje vecka",
                        "policeTrend",
                        "okande",
                        "reportedCrimesBaseline",
                        87,
                        "staffDialogueFindings",
                        "Ingen grannsamverkan"));
        return this;
    }

    /** Everything of "identify the need" after the police's situation picture. */
    public PledgeJourney completeIdentifyNeed(String pledge) {
        return untilFocusAreas(pledge).confirmFocusAreas(pledge);
    }

    /** The rest of the situation pictures and the joint picture: the focus areas are put to the steering group. */
    public PledgeJourney untilFocusAreas(String pledge) {
        completeIdentifyNeedUntilJointPicture(pledge);
        complete(
                "samordnare",
                pledge,
                "compile-joint-situation-picture",
                "samordnare",
                Map.of(
                        "jointSituationPicture",
                        "Skadegörelsen är koncentrerad till parkeringarna.",
                        "prioritisedProblems",
                        new Json(
                                "[{\"problem\":\"Bilbränder\",\"place\":\"Parkeringarna\",\"causeAnalysis\":\"Låg social kontroll\"}]")));
        return this;
    }

    /** A majority of the steering group (two of its three members) confirms the focus areas, each in their own task. */
    public PledgeJourney confirmFocusAreas(String pledge) {
        answer(pledge, "confirm-focus-areas", "styrgrupp1", Map.of("reviewerDecision", "confirm"));
        answer(pledge, "confirm-focus-areas", "styrgrupp2", Map.of("reviewerDecision", "confirm"));
        return this;
    }

    /** The municipality's situation picture and the citizen dialogue, after which the joint picture is due. */
    public PledgeJourney completeIdentifyNeedUntilJointPicture(String pledge) {
        complete(
                "kommun",
                pledge,
                "compile-municipal-situation-picture",
                "kommun",
                Map.of(
                        "municipalWhat",
                        "Ungdomar samlas",
                        "municipalWhere",
                        "Centrum",
                        "municipalWhen",
                        "Kvällar",
                        "municipalFrequency",
                        "Dagligen",
                        "municipalTrend",
                        "okande",
                        "municipalSources",
                        "Skolan"));
        complete("kommun", pledge, "hold-citizen-dialogue", "kommun", survey("enkat", 212, "Bilbränder"));
        return this;
    }

    public PledgeJourney draft(String pledge, String commitments) {
        return draft(pledge, commitments, "2026-12-01", "2028-11-30");
    }

    public PledgeJourney draft(String pledge, String commitments, String periodStart, String periodEnd) {
        complete("samordnare", pledge, "draft-pledge", "samordnare", draftValues(commitments, periodStart, periodEnd));
        return this;
    }

    /** Puts in each {@code {group}} the id of the organisation with that group, as the coordinator reads it in the API. */
    public String withOrganisationIds(String commitments) {
        String resolved = commitments;
        ResponseEntity<String> listed = as("samordnare").getApi("/api/organisations");
        assertThat(listed.getStatusCode().value()).as(listed.getBody()).isEqualTo(200);
        for (JsonNode organisation : EngineRestClient.read(listed.getBody())) {
            resolved = resolved.replace(
                    "{" + organisation.path("groupId").asText() + "}",
                    organisation.path("id").asText());
        }
        return resolved;
    }

    /** Each co-signing organisation's demo user approves the draft in their organisation's own task. */
    public PledgeJourney coSign(String pledge) {
        for (String[] coSigner : new String[][] {
            {"bostadsbolag", HOUSING_COMPANY_GROUP}, {"forening", ASSOCIATION_GROUP}, {"forening2", "grannsamverkan"}
        }) {
            JsonNode tasks = as(coSigner[0])
                    .getJson("/task?processInstanceBusinessKey=" + pledge
                            + "&taskDefinitionKey=approve-pledge-co-signer&candidateGroup=" + coSigner[1]);
            if (!tasks.isEmpty()) {
                complete(
                        coSigner[0],
                        pledge,
                        "approve-pledge-co-signer",
                        coSigner[1],
                        Map.of("coSignerDecision", "approve", "coSignerSignatory", "Björn Sjöberg, vd"));
            }
        }
        return this;
    }

    /** A draft with effect goals (the list "Effektmål", as JSON rows). */
    public PledgeJourney draftWithGoals(String pledge, String commitments, String effectGoals) {
        Map<String, Object> values = new java.util.HashMap<>(draftValues(commitments, "2026-12-01", "2028-11-30"));
        values.put("effectGoals", new Json(effectGoals));
        complete("samordnare", pledge, "draft-pledge", "samordnare", values);
        return this;
    }

    private Map<String, Object> draftValues(String commitments, String periodStart, String periodEnd) {
        return Map.of(
                "pledgeText",
                "Polisen och kommunen lovar de boende ett tryggare område.",
                "periodStart",
                periodStart,
                "periodEnd",
                periodEnd,
                "commitments",
                new Json(withOrganisationIds(commitments)));
    }

    public PledgeJourney sign(String pledge) {
        complete(
                "lpo",
                pledge,
                "approve-pledge-police",
                "polisledning",
                Map.of("policeApproval", "approve", "policeSignatory", "Eva Holm, lokalpolisområdeschef"));
        complete(
                "kso",
                pledge,
                "approve-pledge-municipality",
                "kommunledning",
                Map.of(
                        "municipalityApproval",
                        "approve",
                        "municipalitySignatory",
                        "Lars Ekström, KSO",
                        "municipalDecisionBody",
                        "Kommunstyrelsen",
                        "municipalDecisionOn",
                        "2026-11-20",
                        "municipalRegistryNumber",
                        "KS 2026/123"));
        coSign(pledge);
        complete(
                "samordnare",
                pledge,
                "communicate-pledge",
                "samordnare",
                Map.of("communicatedOn", "2026-12-05", "communicationChannels", new Json("[\"webb\",\"press\"]")));
        return this;
    }

    /** The police plan their measure and report one occurrence that counts 3 towards the target of 8. */
    public PledgeJourney policeReport(String pledge) {
        complete(
                "polis",
                pledge,
                "plan-measure",
                "polis",
                Map.of(
                        "measurePlan",
                        "Informationsmöten i varje trappuppgång.",
                        "plannedStart",
                        "2026-12-10",
                        "contactPerson",
                        "Peter Nyberg"));
        complete(
                "polis",
                pledge,
                "report-occurrence",
                "polis",
                Map.of(
                        "occurrenceAction",
                        "report",
                        "occurrenceDate",
                        "2027-01-20",
                        "occurrenceParticipants",
                        45,
                        "occurrenceHours",
                        3.5,
                        "occurrenceQuantity",
                        3,
                        "occurrenceObservations",
                        "Tre nya grannsamverkansområden startade."));
        return this;
    }

    /**
     * The coordinator revises the running commitments: the one whose promise starts with {@code promiseStart} gets the
     * new promise and target, the others are kept (their rows as the task shows them, ids from the case file).
     */
    public PledgeJourney reviseOne(String pledge, String promiseStart, String newPromise, int newTarget) {
        return reviseOneAndAdd(pledge, promiseStart, newPromise, newTarget, "[]");
    }

    /**
     * As {@link #reviseOne}, and adds the new commitments {@code added} (JSON rows; {@code {group}} stands for the id of
     * the organisation with that group).
     */
    public PledgeJourney reviseOneAndAdd(
            String pledge, String promiseStart, String newPromise, int newTarget, String added) {
        EngineRestClient samordnare = as("samordnare");
        JsonNode task = samordnare.task(pledge, "draft-revision", "samordnare");
        JsonNode rows = as("admin").variables(task.path("id").asText()).get("revisionCommitments");
        com.fasterxml.jackson.databind.node.ArrayNode revised = rows.deepCopy();
        for (JsonNode row : revised) {
            if (row.path("promise").asText().startsWith(promiseStart)) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) row)
                        .put("revisionAction", "change")
                        .put("promise", newPromise)
                        .put("targetQuantity", newTarget);
            }
        }
        watch.before("samordnare", task);
        assertThat(samordnare.submit(
                        task.path("id").asText(),
                        Map.of(
                                "revisionCommitments",
                                revised,
                                "addedCommitments",
                                new Json(withOrganisationIds(added)))))
                .as("drafting the revision")
                .isEqualTo(204);
        return this;
    }

    /**
     * The police, the municipality and each co-signing organisation whose commitments the revision changes or adds sign
     * its changed and new commitments, the organisations each in their own task.
     */
    public PledgeJourney signRevision(String pledge) {
        for (String[] coSigner :
                new String[][] {{"bostadsbolag", HOUSING_COMPANY_GROUP}, {"forening", ASSOCIATION_GROUP}}) {
            JsonNode tasks = as(coSigner[0])
                    .getJson("/task?processInstanceBusinessKey=" + pledge
                            + "&taskDefinitionKey=approve-revision-co-signer&candidateGroup=" + coSigner[1]);
            if (!tasks.isEmpty()) {
                complete(
                        coSigner[0],
                        pledge,
                        "approve-revision-co-signer",
                        coSigner[1],
                        Map.of("coSignerDecision", "approve", "coSignerSignatory", "Björn Sjöberg, vd"));
            }
        }
        complete(
                "lpo",
                pledge,
                "approve-revision-police",
                "polisledning",
                Map.of(
                        "revisionPoliceApproval",
                        "approve",
                        "revisionPoliceSignatory",
                        "Eva Holm, lokalpolisområdeschef"));
        complete(
                "kso",
                pledge,
                "approve-revision-municipality",
                "kommunledning",
                Map.of(
                        "revisionMunicipalityApproval",
                        "approve",
                        "revisionMunicipalitySignatory",
                        "Lars Ekström, KSO"));
        return this;
    }

    /** The housing company closes its measure as done. */
    public PledgeJourney housingCompanyCloses(String pledge) {
        complete(
                "bostadsbolag",
                pledge,
                "plan-measure",
                HOUSING_COMPANY_GROUP,
                Map.of(
                        "measurePlan",
                        "Lokaler åt fyra föreningar.",
                        "plannedStart",
                        "2026-12-10",
                        "contactPerson",
                        "Björn Sjöberg"));
        complete(
                "bostadsbolag",
                pledge,
                "report-occurrence",
                HOUSING_COMPANY_GROUP,
                Map.of("occurrenceAction", "close"));
        complete(
                "bostadsbolag",
                pledge,
                "close-measure",
                HOUSING_COMPANY_GROUP,
                Map.of("measureOutcome", "done", "outcomeReason", "Fyra föreningar har fått lokaler."));
        return this;
    }

    /**
     * The next follow-up day comes (its timer is run at once); the coordinator compiles the follow-up and a majority of
     * the steering group decides.
     */
    public PledgeJourney followUpAndReview(String pledge, String decision) {
        String processInstanceId = processInstanceId(pledge);
        Job timer = management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId("await-follow-up-date")
                .singleResult();
        management.executeJob(timer.getId());
        compileFollowUp(pledge, "compile-follow-up");
        review(pledge, "review-follow-up", "styrgrupp1", decision);
        review(pledge, "review-follow-up", "styrgrupp2", decision);
        return this;
    }

    public PledgeJourney compileFollowUp(String pledge, String taskKey) {
        complete(
                "samordnare",
                pledge,
                taskKey,
                "samordnare",
                Map.of(
                        "activityParticipants",
                        120,
                        "reportedCrimesContext",
                        "Fler anmälningar när fler vågar anmäla.",
                        "followUpAssessment",
                        "Grannsamverkan kommer igång; skadegörelsen minskar."));
        return this;
    }

    /** The coordinator publishes the feedback to the citizens on the web. */
    public PledgeJourney giveFeedback(String pledge, String on, String summary) {
        complete(
                "samordnare",
                pledge,
                "give-feedback-to-citizens",
                "samordnare",
                Map.of("feedbackOn", on, "feedbackChannels", new Json("[\"webb\"]"), "feedbackSummary", summary));
        return this;
    }

    /**
     * The coordinator publishes the feedback on the latest follow-up, writing what was done and keeping the suggested
     * changes and decision that the form shows, as Tasklist submits them.
     */
    public PledgeJourney publishFollowUpFeedback(String pledge, String done) {
        EngineRestClient client = as("samordnare");
        JsonNode task = client.task(pledge, "publish-follow-up-feedback", "samordnare");
        watch.before("samordnare", task);
        Map<String, JsonNode> shown = client.variables(task.path("id").asText());
        assertThat(client.submit(
                        task.path("id").asText(),
                        Map.of(
                                "feedbackDone",
                                done,
                                "feedbackChanges",
                                shown.get("feedbackChanges").asText(),
                                "feedbackDecision",
                                shown.get("feedbackDecision").asText())))
                .as("publishing the feedback on a follow-up")
                .isEqualTo(204);
        return this;
    }

    /** A majority of the steering group (two of its three members) decides not to renew the pledge: it ends. */
    public PledgeJourney closeWithoutRenewal(String pledge) {
        for (String member : List.of("styrgrupp1", "styrgrupp2")) {
            answer(
                    pledge,
                    "decide-renewal",
                    member,
                    Map.of("reviewerDecision", "close", "reviewerComment", "Målen är nådda."));
        }
        return this;
    }

    /** One steering group member answers in their own task of a collective decision (focus areas, renewal). */
    public void answer(String pledge, String taskKey, String member, Map<String, ?> answer) {
        EngineRestClient client = as(member);
        JsonNode task = client.assignedTask(pledge, taskKey, member);
        watch.before(member, task);
        assertThat(client.submit(task.path("id").asText(), answer))
                .as("%s answering %s", member, taskKey)
                .isEqualTo(204);
    }

    /** One steering group member answers in their own review task. */
    public void review(String pledge, String taskKey, String member, String decision) {
        EngineRestClient client = as(member);
        JsonNode task = client.assignedTask(pledge, taskKey, member);
        watch.before(member, task);
        String taskId = task.path("id").asText();
        assertThat(client.submit(
                        taskId,
                        Map.of(
                                "reviewerDecision",
                                decision,
                                "reviewerComment",
                                "Arbetet går enligt plan.",
                                "commitmentAssessments",
                                new Json("""
                        [{"promise":"Polisen lovar att starta minst 8 nya grannsamverkansområden.","party":"polisen","assessment":"on-track"},
                         {"promise":"Bostadsbolaget lovar att stödja fyra lokala föreningar.","party":"naringsliv","assessment":"on-track"}]"""))))
                .as("%s answering %s", member, taskKey)
                .isEqualTo(204);
    }

    public String processInstanceId(String pledge) {
        return as("samordnare")
                .getJson("/process-instance?processDefinitionKey=medborgarlofte&businessKey=" + pledge)
                .get(0)
                .path("id")
                .asText();
    }

    public void complete(String user, String pledge, String taskKey, String group, Map<String, ?> variables) {
        EngineRestClient client = as(user);
        JsonNode task = client.task(pledge, taskKey, group);
        watch.before(user, task);
        assertThat(client.submit(task.path("id").asText(), variables))
                .as("completing %s as %s", taskKey, user)
                .isEqualTo(204);
    }

    /**
     * A citizen sends input from the pledge's public page, without login, as a browser posts the form, from the given
     * client address (the proxy's X-Forwarded-For, trusted from the local test client).
     */
    public ResponseEntity<String> citizenSends(String pledge, Map<String, String> fields, String address) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return post("/medborgarloften/" + pledge + "/synpunkt", body.toString(), address);
    }

    /**
     * POSTs a form body as a browser does, without following the redirect that answers it (Java's own client, which
     * follows none), from the given client address.
     */
    private static final java.net.http.HttpClient CITIZENS_BROWSER = java.net.http.HttpClient.newHttpClient();

    public ResponseEntity<String> post(String path, String formBody, String address) {
        try {
            java.net.http.HttpResponse<String> response = CITIZENS_BROWSER.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(rest.getRootUri() + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Forwarded-For", address)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(formBody))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
            response.headers().map().forEach(headers::addAll);
            return ResponseEntity.status(response.statusCode()).headers(headers).body(response.body());
        } catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** A citizen dialogue held in September 2026, as the municipality records it. */
    public static Map<String, Object> survey(String method, int participants, String concerns) {
        return Map.of(
                "dialogueMethod",
                method,
                "dialogueStart",
                "2026-09-01",
                "dialogueEnd",
                "2026-09-30",
                "dialogueParticipants",
                participants,
                "dialogueConcerns",
                concerns);
    }
}
