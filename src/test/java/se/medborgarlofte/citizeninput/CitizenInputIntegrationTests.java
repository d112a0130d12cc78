package se.medborgarlofte.citizeninput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.WebappPages;
import se.medborgarlofte.council.CouncilAgenda;

/**
 * A citizen's input, sent without login from a running published pledge's page, through HTTP on PostgreSQL: stored in
 * the case file with a timeline event that holds neither text nor address, and a task for the coordinators, who
 * handle it over the engine REST API; the hidden field, the hourly limit per address, an oversized body and pledges
 * that take no input are each answered as the citizen should see them; the retention job clears old addresses.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenInputIntegrationTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CitizenInputRetention retention;

    @Autowired
    CouncilAgenda agenda;

    private PledgeJourney journey;
    private String running;
    private String unpublished;

    @BeforeAll
    void aRunningAndAnUnpublishedPledge() {
        journey = new PledgeJourney(rest, management);
        running = journey.start("Trygga Synpunkten", "Synpunktstorget");
        journey.identifyNeed(running).draft(running, PledgeJourney.COMMITMENTS).sign(running);
        unpublished = journey.start("Osynliga Utkastet", "Utkastgränd");
    }

    /** A client address of its own for each use, so that the tests' submissions do not share an hourly limit. */
    private static String newAddress() {
        return "203.0.113." + ADDRESSES.incrementAndGet();
    }

    private long inputs(String pledge) {
        return jdbc.sql("SELECT COUNT(*) FROM citizen_input i JOIN pledge p ON p.id = i.pledge_id"
                        + " WHERE p.registration_number = ?")
                .param(pledge)
                .query(Long.class)
                .single();
    }

    @Test
    void aCitizensInputLandsInTheCaseFileAndAsATaskTheCoordinatorHandles() {
        String what = "Gatlyktorna vid <a href=\"https://x.example\">cykelstället</a> är släckta sedan i måndags.";
        long before = inputs(running);

        ResponseEntity<String> sent = journey.citizenSends(
                running,
                Map.of("vad", what, "var", "Cykelstället vid stationen", "epost", "boende@example.se"),
                newAddress());

        assertThat(sent.getStatusCode().value()).as(sent.getBody()).isEqualTo(302);
        assertThat(sent.getHeaders().getLocation().toString())
                .endsWith("/medborgarloften/" + running + "?synpunkt=tack#synpunkt");
        assertThat(WebappPages.html(
                                new WebappPages(rest).get(null, "/medborgarloften/" + running + "?synpunkt=tack"), 200)
                        .select("#synpunkt [role=status]")
                        .text())
                .contains("Tack för din synpunkt!");
        assertThat(inputs(running)).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.sql("SELECT i.* FROM citizen_input i JOIN pledge p ON p.id = i.pledge_id"
                        + " WHERE p.registration_number = ? ORDER BY i.id DESC LIMIT 1")
                .param(running)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("what", what)
                .containsEntry("where_text", "Cykelstället vid stationen")
                .containsEntry("email", "boende@example.se")
                .containsEntry("status", "new");
        assertThat((String) row.get("address_hash")).hasSize(64).doesNotContain("203.0.113");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM citizen_input WHERE address_hash LIKE '%203.0.113%'")
                        .query(Long.class)
                        .single())
                .isZero();
        List<String> timeline = jdbc.sql("SELECT e.description FROM case_event e JOIN pledge p ON p.id = e.pledge_id"
                        + " WHERE p.registration_number = ? AND e.event_type LIKE 'citizen-input%'")
                .param(running)
                .query(String.class)
                .list();
        assertThat(timeline).isNotEmpty().noneMatch(text -> text.contains("Gatlyktorna") || text.contains("boende@"));

        EngineRestClient samordnare = journey.as("samordnare");
        JsonNode tasks = samordnare.getJson("/task?processInstanceId=" + row.get("process_instance_id")
                + "&taskDefinitionKey=handle-citizen-input&candidateGroup=samordnare");
        assertThat(tasks).hasSize(1);
        JsonNode task = tasks.get(0);
        String taskId = task.path("id").asText();
        assertThat(samordnare.variables(taskId).get("citizenInputWhat").asText())
                .isEqualTo(what);
        assertThat(samordnare.variables(taskId).get("citizenInputEmail").asText())
                .isEqualTo("boende@example.se");
        assertThat(journey.as("polis")
                        .getJson("/task?processInstanceBusinessKey=" + running
                                + "&taskDefinitionKey=handle-citizen-input")
                        .size())
                .isZero();
        assertThat(samordnare.submit(
                        taskId,
                        Map.of(
                                "citizenInputHandling",
                                "next-follow-up",
                                "citizenInputNote",
                                "Tas upp i uppföljningen.")))
                .isEqualTo(204);

        Map<String, Object> handled = jdbc.sql("SELECT * FROM citizen_input WHERE id = ?")
                .param(row.get("id"))
                .query()
                .singleRow();
        assertThat(handled)
                .containsEntry("status", "next-follow-up")
                .containsEntry("handled_by", "samordnare")
                .containsEntry("handling_note", "Tas upp i uppföljningen.");
        assertThat(agenda.build(
                        java.time.LocalDate.now(), java.time.LocalDate.now().plusMonths(1)))
                .anySatisfy(item -> {
                    assertThat(item.section()).isEqualTo("citizen-input");
                    assertThat(item.registrationNumber()).isEqualTo(running);
                    assertThat(item.text())
                            .contains("tas med i nästa uppföljning")
                            .doesNotContain("Gatlyktorna");
                });
        assertThat(CouncilAgenda.SECTIONS).containsEntry("citizen-input", "Synpunkter från medborgare");
    }

    @Test
    void officersSeeTheInputAndTheNextFollowUpTakesWhatTheCoordinatorChoseForIt() {
        String pledge = journey.start("Uppföljda Synpunkten", "Uppföljningsparken");
        journey.identifyNeed(pledge).draft(pledge, PledgeJourney.COMMITMENTS).sign(pledge);
        long forFollowUp = sendAndHandle(pledge, "Bänkarna i parken är sönder.", "next-follow-up", "Ta upp bänkarna.");
        long answered = sendAndHandle(pledge, "Tack för nya lampor!", "answered", "Tackade i svar.");
        EngineRestClient samordnare = journey.as("samordnare");

        JsonNode listed = EngineRestClient.read(
                samordnare.getApi("/api/pledges/" + pledge + "/citizen-input").getBody());
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).path("id").asLong()).isEqualTo(answered);
        assertThat(listed.get(1).path("what").asText()).isEqualTo("Bänkarna i parken är sönder.");
        assertThat(listed.get(1).path("status").asText()).isEqualTo("next-follow-up");
        assertThat(listed.get(1).path("followUpNumber").isNull()).isTrue();
        assertThat(listed.toString()).doesNotContain("@example.se");
        ResponseEntity<String> association = journey.as("forening").getApi("/api/pledges/" + pledge + "/citizen-input");
        assertThat(association.getStatusCode().value()).isEqualTo(403);
        assertThat(association.getBody()).contains("bara tillgänglig för kommunen, polisen och styrgruppen");

        management.executeJob(management
                .createJobQuery()
                .processInstanceId(journey.processInstanceId(pledge))
                .activityId("await-follow-up-date")
                .singleResult()
                .getId());
        String followUpTask = samordnare
                .task(pledge, "compile-follow-up", "samordnare")
                .path("id")
                .asText();
        String shown = samordnare
                .variables(followUpTask)
                .get("citizenInputForFollowUp")
                .asText();
        assertThat(shown)
                .startsWith("Nr " + forFollowUp + ", inkom ")
                .contains("Ta upp bänkarna.")
                .doesNotContain("Tackade")
                .doesNotContain("Bänkarna i parken");
        journey.compileFollowUp(pledge, "compile-follow-up");

        listed = EngineRestClient.read(
                samordnare.getApi("/api/pledges/" + pledge + "/citizen-input").getBody());
        assertThat(listed.get(1).path("followUpNumber").asInt()).isEqualTo(1);
        assertThat(listed.get(0).path("followUpNumber").isNull()).isTrue();
        assertThat(agenda.build(
                        java.time.LocalDate.now(), java.time.LocalDate.now().plusMonths(1)))
                .noneMatch(item -> pledge.equals(item.registrationNumber())
                        && item.section().equals("citizen-input"));
        Document page = WebappPages.html(new WebappPages(rest).get("samordnare", "/arenden/" + pledge), 200);
        assertThat(page.select("#synpunkter").text()).isEqualTo("Synpunkter från medborgare");
        assertThat(page.select("section[aria-labelledby=synpunkter] tbody tr"))
                .hasSize(2)
                .first()
                .satisfies(row -> assertThat(row.text()).contains("Tack för nya lampor!", "Besvarad"));
        assertThat(page.select("section[aria-labelledby=synpunkter] tbody tr")
                        .get(1)
                        .text())
                .contains("Bänkarna i parken är sönder.", "Togs med i uppföljning 1", "Ta upp bänkarna.");
        Document associationPage = WebappPages.html(new WebappPages(rest).get("forening", "/arenden/" + pledge), 200);
        assertThat(associationPage.select("#synpunkter")).isEmpty();
        assertThat(associationPage.text()).doesNotContain("Bänkarna i parken");
    }

    /** A citizen sends an input to the pledge and the coordinator handles it; returns the input's id. */
    private long sendAndHandle(String pledge, String what, String handling, String note) {
        assertThat(journey.citizenSends(pledge, Map.of("vad", what, "epost", "svar@example.se"), newAddress())
                        .getStatusCode()
                        .value())
                .isEqualTo(302);
        Map<String, Object> row = jdbc.sql("SELECT i.id, i.process_instance_id FROM citizen_input i"
                        + " JOIN pledge p ON p.id = i.pledge_id WHERE p.registration_number = ? AND i.what = ?")
                .params(pledge, what)
                .query()
                .singleRow();
        EngineRestClient samordnare = journey.as("samordnare");
        String taskId = samordnare
                .getJson("/task?processInstanceId=" + row.get("process_instance_id"))
                .get(0)
                .path("id")
                .asText();
        assertThat(samordnare.submit(taskId, Map.of("citizenInputHandling", handling, "citizenInputNote", note)))
                .isEqualTo(204);
        return ((Number) row.get("id")).longValue();
    }

    @Test
    void theHiddenFieldFilledInIsThankedButNothingIsStored() {
        long before = inputs(running);

        ResponseEntity<String> sent = journey.citizenSends(
                running, Map.of("vad", "Köp billiga klockor", "webbplats", "https://spam.example"), newAddress());

        assertThat(sent.getStatusCode().value()).isEqualTo(302);
        assertThat(sent.getHeaders().getLocation().toString()).contains("?synpunkt=tack");
        assertThat(inputs(running)).isEqualTo(before);
    }

    @Test
    void theSixthInputFromOneAddressWithinAnHourIsRefusedWithASwedishPage() {
        String address = newAddress();
        for (int i = 1; i <= 5; i++) {
            assertThat(journey.citizenSends(running, Map.of("vad", "Synpunkt nummer " + i), address)
                            .getStatusCode()
                            .value())
                    .isEqualTo(302);
        }
        long before = inputs(running);

        ResponseEntity<String> sixth = journey.citizenSends(running, Map.of("vad", "Synpunkt nummer 6"), address);

        assertThat(sixth.getStatusCode().value()).isEqualTo(429);
        assertThat(sixth.getBody()).contains("För många synpunkter på kort tid").doesNotContain("Exception");
        assertThat(inputs(running)).isEqualTo(before);
        assertThat(journey.citizenSends(running, Map.of("vad", "Från en annan anslutning"), newAddress())
                        .getStatusCode()
                        .value())
                .isEqualTo(302);
    }

    @Test
    void mistakesAreShownBesideTheirFieldsAndATooLongTextIsRefused() {
        long before = inputs(running);

        ResponseEntity<String> sent = journey.citizenSends(
                running, Map.of("vad", "x".repeat(2001), "var", "Torget", "epost", "inte en adress"), newAddress());

        assertThat(sent.getStatusCode().value()).isEqualTo(400);
        Document page = org.jsoup.Jsoup.parse(sent.getBody());
        assertThat(page.selectFirst("#s-vad").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#s-vad").attr("aria-describedby")).contains("s-vad-fel");
        assertThat(page.selectFirst("#s-vad-fel").text()).isEqualTo("Texten får vara högst 2000 tecken.");
        assertThat(page.selectFirst("#s-epost").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#s-epost-fel").text()).contains("e-postadress");
        assertThat(page.selectFirst("#s-var").hasAttr("aria-invalid")).isFalse();
        assertThat(page.selectFirst("#s-var").attr("value")).isEqualTo("Torget");
        assertThat(page.select(".errors li")).hasSize(2);
        assertThat(sent.getHeaders().getCacheControl()).isEqualTo("no-store");

        ResponseEntity<String> empty = journey.citizenSends(running, Map.of("vad", "   "), newAddress());
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(empty.getBody()).contains("Skriv vad du vill berätta.");
        assertThat(inputs(running)).isEqualTo(before);
    }

    @Test
    void anOversizedBodyIsRefusedUnreadWithASwedishPage() {
        long before = inputs(running);

        ResponseEntity<String> sent = journey.post(
                "/medborgarloften/" + running + "/synpunkt", "vad=" + "%C3%A5".repeat(20_000), newAddress());

        assertThat(sent.getStatusCode().value()).isEqualTo(400);
        assertThat(sent.getBody()).contains("Synpunkten är för lång").doesNotContain("Exception");
        assertThat(inputs(running)).isEqualTo(before);
    }

    @Test
    void pledgesThatAreNotRunningAndPublishedShowNoFormAndRefuseInput() {
        assertThat(WebappPages.html(new WebappPages(rest).get(null, "/medborgarloften/" + running), 200)
                        .select("form[action$=/synpunkt]"))
                .hasSize(1);
        ResponseEntity<String> sent = journey.citizenSends(unpublished, Map.of("vad", "Hej"), newAddress());
        assertThat(sent.getStatusCode().value()).isEqualTo(404);
        assertThat(sent.getBody()).contains("Sidan finns inte");
        assertThat(journey.citizenSends("ML-1999-9999", Map.of("vad", "Hej"), newAddress())
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(inputs(unpublished)).isZero();
    }

    @Test
    void aConcludedPledgeShowsNoFormAndRefusesInput() {
        String concluded = journey.start("Trygga Slutet", "Slutgatan");
        journey.identifyNeed(concluded)
                .draft(concluded, PledgeJourney.COMMITMENTS)
                .sign(concluded);
        jdbc.sql("UPDATE pledge SET status = 'closed' WHERE registration_number = ?")
                .param(concluded)
                .update();
        try {
            assertThat(WebappPages.html(new WebappPages(rest).get(null, "/medborgarloften/" + concluded), 200)
                            .select("#synpunkt"))
                    .isEmpty();
            assertThat(journey.citizenSends(concluded, Map.of("vad", "Hej"), newAddress())
                            .getStatusCode()
                            .value())
                    .isEqualTo(404);
            assertThat(inputs(concluded)).isZero();
        } finally {
            jdbc.sql("UPDATE pledge SET status = 'active' WHERE registration_number = ?")
                    .param(concluded)
                    .update();
        }
    }

    @Test
    void theRetentionJobClearsTheAddressAndTextOfOldInputOnly() {
        assertThat(journey.citizenSends(
                                running,
                                Map.of("vad", "Gammal synpunkt om parken", "epost", "gammal@example.se"),
                                newAddress())
                        .getStatusCode()
                        .value())
                .isEqualTo(302);
        assertThat(journey.citizenSends(
                                running, Map.of("vad", "Ny synpunkt om parken", "epost", "ny@example.se"), newAddress())
                        .getStatusCode()
                        .value())
                .isEqualTo(302);
        long old = jdbc.sql("SELECT id FROM citizen_input WHERE email = 'gammal@example.se'")
                .query(Long.class)
                .single();
        String oldInstance = jdbc.sql("SELECT process_instance_id FROM citizen_input WHERE id = ?")
                .param(old)
                .query(String.class)
                .single();
        jdbc.sql("UPDATE citizen_input SET received_at = ? WHERE id = ?")
                .params(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMonths(7), old)
                .update();

        retention.clear(Instant.now().truncatedTo(ChronoUnit.SECONDS));

        Map<String, Object> cleared = jdbc.sql("SELECT * FROM citizen_input WHERE id = ?")
                .param(old)
                .query()
                .singleRow();
        assertThat(cleared.get("email")).isNull();
        assertThat(cleared.get("what")).isNull();
        assertThat(cleared.get("address_hash")).isNull();
        assertThat(cleared.get("cleared_at")).isNotNull();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(oldInstance)
                        .variableNameIn("citizenInputEmail", "citizenInputWhat")
                        .count())
                .isZero();
        assertThat(jdbc.sql("SELECT email FROM citizen_input WHERE email = 'ny@example.se'")
                        .query(String.class)
                        .list())
                .hasSize(1);
    }
}
