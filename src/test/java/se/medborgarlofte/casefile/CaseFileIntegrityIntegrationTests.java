package se.medborgarlofte.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.pledge.PledgeStarter;
import se.medborgarlofte.pledge.PledgeStarter.NewPledgeRequest;

/** The case file and the process never disagree, registration numbers have no gaps, and the case file outlives history. */
@PostgresIntegrationTest
class CaseFileIntegrityIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    PledgeStarter starter;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentStartsGetDistinctRegistrationNumbersWithoutGaps() throws Exception {
        int pledges = 24;
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<String>> starts = new ArrayList<>();
        for (int i = 0; i < pledges; i++) {
            int n = i;
            starts.add(() -> starter.start(new NewPledgeRequest(
                    "Samtidig start " + n,
                    "Område " + n,
                    null,
                    null,
                    "Prövar att diarienumren inte krockar.",
                    LocalDate.parse("2027-01-01"),
                    LocalDate.parse("2027-12-31"),
                    List.of("polisen"))));
        }
        List<String> numbers = new ArrayList<>();
        try {
            for (Future<String> started : threads.invokeAll(starts)) {
                numbers.add(started.get());
            }
        } finally {
            threads.shutdown();
        }

        assertThat(numbers).doesNotHaveDuplicates().allMatch(number -> number.matches("ML-\\d{4}-\\d{4}"));
        String year = numbers.get(0).substring(3, 7);
        List<Integer> sequences = jdbc.sql(
                        "SELECT registration_sequence FROM pledge WHERE registration_year = ? ORDER BY 1")
                .param(Integer.parseInt(year))
                .query(Integer.class)
                .list();
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).as("sequence without gaps").isEqualTo(i + 1);
        }
    }

    @Test
    void aStartThatFailsAfterTakingANumberLeavesNoGap() {
        String before = starter.start(request("Före felet"));
        assertThatThrownBy(() -> starter.start(request("x".repeat(300)))).isNotNull();
        String after = starter.start(request("Efter felet"));

        assertThat(sequenceOf(after)).isEqualTo(sequenceOf(before) + 1);
    }

    @Test
    void aFailingCaseFileWriteRollsTheTaskCompletionBack() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Trygg hamn", "Hamnen");
        EngineRestClient kommun = journey.as("kommun");
        String taskId = kommun.task(pledge, "hold-citizen-dialogue", "kommun")
                .path("id")
                .asText();
        long eventsBefore = events(pledge);

        // the method does not fit its column: the case-file insert fails inside the engine's transaction
        int status = kommun.submit(taskId, PledgeJourney.survey("m".repeat(60), 12, "Mörkt vid kajen"));

        assertThat(status).isGreaterThanOrEqualTo(400);
        assertThat(tasks.createTaskQuery().taskId(taskId).count())
                .as("task still open")
                .isEqualTo(1);
        assertThat(runtime.getVariable(
                        tasks.createTaskQuery().taskId(taskId).singleResult().getExecutionId(), "dialogueConcerns"))
                .isNull();
        assertThat(events(pledge)).isEqualTo(eventsBefore);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM citizen_dialogue c JOIN pledge p ON p.id = c.pledge_id WHERE p.registration_number = ?")
                        .param(pledge)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(kommun.submit(taskId, PledgeJourney.survey("enkat", 12, "Mörkt vid kajen")))
                .isEqualTo(204);
        assertThat(events(pledge)).isEqualTo(eventsBefore + 1);
    }

    @Test
    void aPledgeStartedFromTheStartFormGetsItsCaseFileLikeOneStartedThroughTheApi() {
        EngineRestClient samordnare = EngineRestClient.as(rest, "samordnare");
        var started = samordnare.post(
                "/process-definition/key/medborgarlofte/submit-form",
                Map.of(
                        "variables",
                        EngineRestClient.typed(Map.of(
                                "pledgeTitle",
                                "Trygg busshållplats",
                                "area",
                                "Busstorget",
                                "periodStart",
                                "2027-02-01",
                                "periodEnd",
                                "2028-01-31",
                                "parties",
                                new EngineRestClient.Json("[\"polisen\",\"kommunen\"]"),
                                "background",
                                "Resenärer känner sig otrygga vid busstorget."))));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String pledge =
                EngineRestClient.read(started.getBody()).path("businessKey").asText();

        JsonNode story = EngineRestClient.read(rest.withBasicAuth("samordnare", EngineRestClient.DEMO_PASSWORD)
                .getForEntity("/api/pledges/" + pledge, String.class)
                .getBody());
        assertThat(story.at("/summary/title").asText()).isEqualTo("Trygg busshållplats");
        assertThat(story.at("/summary/periodEnd").asText()).isEqualTo("2028-01-31");
        assertThat(story.at("/summary/parties").toString()).isEqualTo("[\"kommunen\",\"polisen\"]");
        assertThat(story.at("/summary/stage").asText()).isEqualTo("identify-need");
        assertThat(story.path("openTasks")).hasSize(3);
        assertThat(jdbc.sql("SELECT created_by FROM pledge WHERE registration_number = ?")
                        .param(pledge)
                        .query(String.class)
                        .single())
                .isEqualTo("samordnare");
    }

    @Test
    void theCaseFileOutlivesTheEnginesHistory() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Trygg gångtunnel", "Gångtunneln");
        journey.identifyNeed(pledge);
        String processInstanceId = journey.processInstanceId(pledge);

        runtime.deleteProcessInstance(processInstanceId, "Avslutad för test av gallring", true, true);
        history.deleteHistoricProcessInstancesBulk(List.of(processInstanceId));
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(pledge)
                        .count())
                .isZero();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count())
                .isZero();

        JsonNode story = EngineRestClient.read(rest.withBasicAuth("samordnare", EngineRestClient.DEMO_PASSWORD)
                .getForEntity("/api/pledges/" + pledge, String.class)
                .getBody());
        assertThat(story.at("/summary/title").asText()).isEqualTo("Trygg gångtunnel");
        assertThat(story.path("situationPictures")).hasSize(2);
        assertThat(story.at("/prioritisedProblems/0/problem").asText()).isEqualTo("Bilbränder");
        assertThat(story.path("openTasks")).isEmpty();
        assertThat(events(pledge)).isGreaterThanOrEqualTo(7);
    }

    private static NewPledgeRequest request(String title) {
        return new NewPledgeRequest(
                title,
                "Torget",
                null,
                null,
                "Prövar numreringen vid fel.",
                LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-12-31"),
                List.of("polisen"));
    }

    private int sequenceOf(String number) {
        return Integer.parseInt(number.substring(8));
    }

    private long events(String pledge) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM case_event e JOIN pledge p ON p.id = e.pledge_id WHERE p.registration_number = ?")
                .param(pledge)
                .query(Long.class)
                .single();
    }
}
