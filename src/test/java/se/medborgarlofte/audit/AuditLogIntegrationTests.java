package se.medborgarlofte.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.WebappLogin;

/** Reads, writes, task completions, logins and refusals are on record, the coordinator can search and export them, and nothing can change them. */
@PostgresIntegrationTest
class AuditLogIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Test
    void caseReadsDocumentsTaskCompletionsLoginsAndRefusalsAreOnRecord() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Trygg skolgård", "Skolgården");
        journey.policePicture(pledge);
        TestRestTemplate kommun = rest.withBasicAuth("kommun", EngineRestClient.DEMO_PASSWORD);
        kommun.getForEntity("/api/pledges/" + pledge, String.class);
        kommun.getForEntity("/api/pledges/" + pledge + "/document.pdf", byte[].class);
        rest.withBasicAuth("okand-anvandare", "gissning").getForEntity("/api/pledges/" + pledge, String.class);
        WebappLogin.login(rest, "tasklist", "inbrottstjuv", "gissning");
        assertThat(rest.withBasicAuth("polis", EngineRestClient.DEMO_PASSWORD)
                        .getForEntity("/api/audit", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);

        List<String> forPledge = entries("pledge=" + pledge);
        assertThat(forPledge)
                .contains(
                        "kommun case-read 200",
                        "kommun case-document 200",
                        "polis task-complete 204",
                        "okand-anvandare authentication-failed 401");
        assertThat(entries("user=samordnare&action=process-start")).contains("samordnare process-start 200");
        assertThat(entries("user=inbrottstjuv")).containsExactly("inbrottstjuv login-failed 401");
        assertThat(entries("user=polis&action=audit-read")).contains("polis audit-read 403");
        JsonNode one = EngineRestClient.read(coordinator()
                .getForEntity("/api/audit?pledge=" + pledge + "&user=kommun&limit=1", String.class)
                .getBody());
        assertThat(one.get(0).path("remoteAddress").asText()).isNotBlank();
    }

    @Test
    void theCoordinatorExportsTheLogPerUserAsCsv() {
        rest.withBasicAuth("forening", EngineRestClient.DEMO_PASSWORD).getForEntity("/api/pledges", String.class);

        String csv = coordinator()
                .getForEntity("/api/audit.csv?user=forening", String.class)
                .getBody();

        assertThat(csv)
                .startsWith("\uFEFFTidpunkt;Användare;Händelse;Löftesnummer;Resurs;Svar;Adress")
                .contains(";forening;case-search;;GET /api/pledges;200;");
        assertThat(coordinator()
                        .getForEntity("/api/audit?from=igår", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
    }

    @Test
    void entriesCannotBeChangedOrDeleted() {
        coordinator().getForEntity("/api/pledges", String.class);

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET user_id = 'någon annan'")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    private List<String> entries(String query) {
        JsonNode entries = EngineRestClient.read(
                coordinator().getForEntity("/api/audit?" + query, String.class).getBody());
        List<String> lines = new ArrayList<>();
        entries.forEach(entry -> lines.add(entry.path("userId").asText() + " "
                + entry.path("action").asText() + " " + entry.path("outcome").asInt()));
        return lines;
    }

    private TestRestTemplate coordinator() {
        return rest.withBasicAuth("samordnare", EngineRestClient.DEMO_PASSWORD);
    }
}
