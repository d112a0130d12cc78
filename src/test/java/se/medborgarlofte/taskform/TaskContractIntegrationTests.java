package se.medborgarlofte.taskform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.taskform.ContractProbes.Probe;

/**
 * Every user task of every model, reached on PostgreSQL by walking one pledge through its whole life (and one council
 * meeting), is tried over the engine REST API as the user who then completes it, with every submission its form must
 * refuse (generated from the form and the values the task shows): each gets a 400 naming the field, and the task's
 * variables are the same afterwards. The walk's own answers are then accepted, so the probes left the tasks intact.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskContractIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    record Outcome(Probe probe, int status, JsonNode answer, boolean unchanged) {}

    private final Map<String, List<Outcome>> outcomes = new LinkedHashMap<>();

    @BeforeAll
    void probeEveryTaskOnTheWayThroughAPledge() {
        PledgeJourney journey = new PledgeJourney(rest, management).watching(this::probe);
        String pledge = journey.start("Prövat löfte", "Provtorget");
        journey.identifyNeed(pledge)
                .draftWithGoals(pledge, PledgeJourney.COMMITMENTS, PledgeJourney.EFFECT_GOAL)
                .sign(pledge);
        journey.citizenSends(
                pledge,
                Map.of("vad", "Belysningen vid busshållplatsen är trasig.", "var", "Provtorget", "epost", "a@b.se"),
                "198.51.100.12");
        journey.complete(
                "samordnare",
                pledge,
                "handle-citizen-input",
                "samordnare",
                Map.of("citizenInputHandling", "forwarded", "citizenInputNote", "Skickat till gatuenheten."));
        journey.policeReport(pledge).housingCompanyCloses(pledge);
        fire(journey, pledge, "measure-overdue");
        journey.complete(
                "samordnare",
                pledge,
                "handle-overdue-measure",
                "samordnare",
                Map.of("overdueAction", "contacted", "overdueNote", "Polisen har kontaktats om förseningen."));
        journey.followUpAndReview(pledge, "continue")
                .publishFollowUpFeedback(pledge, "Polisen har startat tre nya grannsamverkansområden.");
        journey.followUpAndReview(pledge, "revise")
                .reviseOneAndAdd(
                        pledge,
                        "Polisen lovar",
                        "Polisen lovar att starta minst 8 nya grannsamverkansområden.",
                        10,
                        // a new commitment of the housing company, which co-signs the revision in its own task
                        """
                        [{"organisation":"{bostadsbolaget}","promise":"Bostadsbolaget lovar att röja buskagen vid gångvägen.","measureType":"fysisk-miljo","targetQuantity":3,"targetUnit":"röjningar","dueDate":"2027-10-31","indicator":"Antal röjningar"}]""")
                .signRevision(pledge)
                .publishFollowUpFeedback(pledge, "Grannsamverkan växer; målet är nu tio nya områden.");
        fire(journey, pledge, "period-ended");
        journey.compileFollowUp(pledge, "compile-final-follow-up");
        journey.review(pledge, "review-final-follow-up", "styrgrupp1", "continue");
        journey.review(pledge, "review-final-follow-up", "styrgrupp2", "continue");
        journey.giveFeedback(pledge, "2028-12-05", "Åtta nya grannsamverkansområden startade.")
                .closeWithoutRenewal(pledge);
        holdCouncilMeeting(journey);
    }

    private void holdCouncilMeeting(PledgeJourney journey) {
        EngineRestClient samordnare = journey.as("samordnare");
        ResponseEntity<String> started = samordnare.post("/process-definition/key/tryggare-radet/start", Map.of());
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        JsonNode task = samordnare
                .getJson("/task?taskDefinitionKey=hold-council-meeting&candidateGroup=samordnare")
                .get(0);
        probe("samordnare", task);
        assertThat(samordnare.submit(
                        task.path("id").asText(),
                        Map.of(
                                "meetingDate",
                                "2026-12-01",
                                "attendees",
                                "Kommunen, polisen",
                                "meetingMinutes",
                                "Rådet gick igenom lägesbilden.",
                                "councilDecisions",
                                new EngineRestClient.Json("[]"))))
                .isEqualTo(204);
    }

    /** Tries every probe of the task's form as the user, before the journey completes it; each kind of task once. */
    private void probe(String user, JsonNode task) {
        String key = task.path("taskDefinitionKey").asText();
        if (outcomes.containsKey(key)) {
            return;
        }
        String taskId = task.path("id").asText();
        EngineRestClient admin = EngineRestClient.as(rest, "admin");
        FormSchema form =
                FormSchema.parse(admin.get("/task/" + taskId + "/deployed-form").getBody());
        Map<String, JsonNode> before = admin.variables(taskId);
        List<Outcome> results = new ArrayList<>();
        for (Probe probe : ContractProbes.of(form, before, new FormSamples(form, LocalDate.now()))) {
            ResponseEntity<String> answer = EngineRestClient.as(rest, user).submitForAnswer(taskId, probe.submission());
            results.add(new Outcome(
                    probe,
                    answer.getStatusCode().value(),
                    EngineRestClient.read(answer.getBody()),
                    admin.variables(taskId).equals(before)));
        }
        outcomes.put(key, results);
    }

    private void fire(PledgeJourney journey, String pledge, String activity) {
        Job timer = runtime.createProcessInstanceQuery().processInstanceBusinessKey(pledge).list().stream()
                .flatMap(instance ->
                        management
                                .createJobQuery()
                                .processInstanceId(instance.getId())
                                .activityId(activity)
                                .list()
                                .stream())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no timer " + activity + " in " + pledge));
        management.executeJob(timer.getId());
    }

    @Test
    void everyKindOfUserTaskWasTried() throws Exception {
        assertThat(outcomes.keySet())
                .containsExactlyInAnyOrderElementsOf(FormContractTests.formsOfModels().keySet().stream()
                        .filter(element -> !element.equals("pledge-requested"))
                        .toList())
                .hasSize(27);
    }

    @TestFactory
    Stream<DynamicNode> everyProbeIsRefusedNamingItsFieldAndChangesNothing() {
        return outcomes.entrySet().stream()
                .map(task -> DynamicContainer.dynamicContainer(
                        task.getKey(),
                        task.getValue().stream()
                                .map(outcome ->
                                        DynamicTest.dynamicTest(outcome.probe().name() + " → 400", () -> {
                                            assertThat(outcome.status())
                                                    .as("%s: %s", outcome.probe(), outcome.answer())
                                                    .isEqualTo(400);
                                            List<String> fields = new ArrayList<>();
                                            outcome.answer()
                                                    .path("errors")
                                                    .forEach(error -> fields.add(
                                                            error.path("field").asText()));
                                            assertThat(fields)
                                                    .as("fields named in %s", outcome.answer())
                                                    .contains(outcome.probe().field());
                                            assertThat(outcome.unchanged())
                                                    .as("the task's variables after %s", outcome.probe())
                                                    .isTrue();
                                        }))));
    }
}
