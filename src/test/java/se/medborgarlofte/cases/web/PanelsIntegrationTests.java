package se.medborgarlofte.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.WebappPages;
import se.medborgarlofte.cases.PledgeOverview;

/**
 * The panels that Tasklist's tabs and Cockpit's dashboard show, on PostgreSQL, as the demo users get them after
 * logging in: the case beside each user's own task, as much of it as the case page shows them; the council's meeting
 * beside its task; the coordinator's overview. A task a user does not see leads nowhere, and every error is a short
 * Swedish message.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PanelsIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PledgeOverview overview;

    private WebappPages pages;
    private PledgeJourney journey;
    private String pledge;

    @BeforeAll
    void driveAPledgeToItsFirstReview() {
        pages = new WebappPages(rest);
        journey = new PledgeJourney(rest, management);
        pledge = journey.start("Trygga paneler", "Panelgatan");
        journey.identifyNeed(pledge)
                .draft(pledge, PledgeJourney.COMMITMENTS_WITH_ASSOCIATION)
                .sign(pledge);
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(journey.processInstanceId(pledge))
                .activityId("await-follow-up-date")
                .singleResult()
                .getId());
        journey.compileFollowUp(pledge, "compile-follow-up");
    }

    @Test
    void thePoliceSeeTheWholeCaseBesideTheirMeasure() {
        String task = journey.as("polis")
                .task(pledge, "plan-measure", "polis")
                .get("id")
                .asText();

        Document panel = WebappPages.html(pages.get("polis", "/paneler/arende?uppgift=" + task), 200);

        assertThat(panel.selectFirst("h2").text()).contains(pledge).contains("Trygga paneler");
        assertThat(panel.select("dl.facts").text()).contains("Panelgatan").contains("Styrgruppens granskning");
        assertThat(panel.text())
                .contains("Polisen lovar att starta minst 8 nya grannsamverkansområden.")
                .contains("Planera åtgärden")
                .contains("Uppföljning 1")
                .contains("Senaste händelserna");
        assertThat(panel.select("a[href]").eachAttr("href"))
                .contains("/arenden/" + pledge, "/api/pledges/" + pledge + "/document.pdf")
                .contains("/api/pledges/" + pledge + "/follow-up-report.pdf");
        assertThat(audit()).contains("polis case-read " + pledge + " 200");
    }

    @Test
    void anAssociationSeesThePublicPartsBesideItsMeasure() {
        String task = journey.as("forening")
                .task(pledge, "plan-measure", PledgeJourney.ASSOCIATION_GROUP)
                .get("id")
                .asText();

        Document panel = WebappPages.html(pages.get("forening", "/paneler/arende?uppgift=" + task), 200);

        assertThat(panel.text())
                .contains(pledge)
                .contains("Nattvandrarna lovar att vandra varje fredag.")
                .doesNotContain("Uppföljning 1")
                .doesNotContain("Senaste händelserna")
                .doesNotContain("Skadegörelse och bilbränder");
        assertThat(panel.select("a[href]").eachAttr("href")).noneMatch(href -> href.contains("follow-up-report"));
    }

    @Test
    void aReviewerSeesTheFollowUpBesideTheirReview() {
        String task = journey.as("styrgrupp1")
                .assignedTask(pledge, "review-follow-up", "styrgrupp1")
                .get("id")
                .asText();

        Document panel = WebappPages.html(pages.get("styrgrupp1", "/paneler/arende?uppgift=" + task), 200);

        assertThat(panel.text()).contains("Uppföljning 1").contains("Styrgruppens beslut");
    }

    @Test
    void aTaskTheUserDoesNotSeeLeadsNowhere() {
        String policeTask = journey.as("polis")
                .task(pledge, "plan-measure", "polis")
                .get("id")
                .asText();

        Document refused = WebappPages.html(pages.get("forening", "/paneler/arende?uppgift=" + policeTask), 404);
        assertThat(refused.text()).contains("Uppgiften finns inte längre").doesNotContain(pledge);

        assertThat(WebappPages.html(pages.get("polis", "/paneler/arende?uppgift=okand-uppgift"), 404)
                        .text())
                .contains("Uppgiften finns inte längre");
        assertThat(WebappPages.html(pages.get("polis", "/paneler/arende?uppgift=" + "x".repeat(500)), 404)
                        .text())
                .contains("Det finns ingen uppgift");
        assertThat(WebappPages.html(pages.get("polis", "/paneler/arende"), 400).text())
                .contains("Ange uppgiften eller processen");
        Document anonymous = WebappPages.html(pages.get(null, "/paneler/arende?uppgift=" + policeTask), 401);
        assertThat(anonymous.text()).contains("Logga in igen").doesNotContain(pledge);
    }

    @Test
    void theCoordinatorSeesTheCaseBesideItsProcessInCockpit() {
        String processInstance = journey.processInstanceId(pledge);

        Document panel = WebappPages.html(pages.get("samordnare", "/paneler/arende?process=" + processInstance), 200);

        assertThat(panel.selectFirst("h2").text()).contains(pledge);
        assertThat(panel.select("a[href]").eachAttr("href"))
                .contains("/camunda/app/cockpit/default/#/process-instance/" + processInstance);
    }

    @Test
    void theCouncilsMeetingTaskShowsItsAgenda() {
        String instance = runtime.startProcessInstanceByKey("tryggare-radet").getId();
        String task = tasks.createTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId();

        Document meeting = WebappPages.html(pages.get("samordnare", "/paneler/mote?uppgift=" + task), 200);

        assertThat(meeting.selectFirst("h2").text()).startsWith("Rådets möte");
        assertThat(meeting.select("h3").eachText())
                .containsExactly(
                        "Nya behov",
                        "Försenade åtgärder",
                        "Kommande uppföljningar",
                        "Beslut som ska fattas",
                        "Synpunkter från medborgare");
        assertThat(meeting.select("a[href]").eachAttr("href")).contains("/arenden/" + pledge);
        assertThat(WebappPages.html(pages.get("samordnare", "/paneler/arende?uppgift=" + task), 200)
                        .text())
                .contains("hör inte till något medborgarlöfte");
    }

    @Test
    void theCoordinatorsOverviewShowsStagesAndWhatWaits() {
        Document overview = WebappPages.html(pages.get("samordnare", "/paneler/oversikt"), 200);

        assertThat(overview.selectFirst("h2").text()).isEqualTo("Medborgarlöften");
        assertThat(overview.select(".ml-stages li").eachText())
                .anyMatch(stage -> stage.startsWith("Styrgruppens granskning: "));
        assertThat(overview.select(".ml-stages a").eachAttr("href"))
                .contains("/arenden?stage=steering-review&status=active");
        assertThat(overview.text())
                .contains(pledge + " (process för " + pledge + "): Styrgruppen granskar uppföljning 1; 0 av ");
        assertThat(overview.select("a[href]").eachAttr("href"))
                .contains("/camunda/app/cockpit/default/#/process-instance/" + journey.processInstanceId(pledge));

        assertThat(WebappPages.html(pages.get("forening", "/paneler/oversikt"), 403)
                        .text())
                .contains("bara tillgänglig för kommunen, polisen och styrgruppen");
    }

    @Test
    void theOverviewShowsALateTaskFirstAndCommitmentsThatLagTheirTime() {
        Task review = tasks.createTaskQuery()
                .processInstanceBusinessKey(pledge)
                .taskDefinitionKey("review-follow-up")
                .taskAssignee("styrgrupp2")
                .singleResult();
        // long overdue: the first of the late tasks, whatever else the shared database holds
        tasks.setDueDate(review.getId(), Date.from(Instant.parse("2020-01-15T10:00:00Z")));

        Element lateTasks = WebappPages.html(pages.get("samordnare", "/paneler/oversikt"), 200)
                .select("table")
                .first();
        assertThat(lateTasks.select("tbody tr").first().text())
                .isEqualTo("Granska uppföljningen " + pledge + " (process för " + pledge + ") – styrgrupp2 2020-01-15");

        // half a year on (the engine's clock is left alone: its timers must not fire for other tests' pledges)
        PledgeOverview.Overview later = overview.at(Instant.now().plus(200, ChronoUnit.DAYS));
        assertThat(later.lateTaskCount())
                .isEqualTo(tasks.createTaskQuery()
                        .dueBefore(Date.from(Instant.now().plus(200, ChronoUnit.DAYS)))
                        .count());
        assertThat(later.lateTasks()).extracting(PledgeOverview.LateTask::due).isSorted();
        List<PledgeOverview.LaggingCommitment> lagging = later.laggingCommitments();
        assertThat(lagging)
                .isNotEmpty()
                .allMatch(c -> c.elapsedPercent() - c.progressPercent() >= 25)
                .extracting(c -> c.progressPercent() - c.elapsedPercent())
                .isSorted();
        if (lagging.size() < 50) {
            assertThat(lagging)
                    .anyMatch(c ->
                            c.registrationNumber().equals(pledge) && c.position() == 1 && c.progressPercent() == 0);
        }
    }

    private List<String> audit() {
        return jdbc.sql("SELECT user_id, action, pledge, outcome FROM audit_entry WHERE resource LIKE 'GET /paneler/%'")
                .query((rs, n) -> rs.getString("user_id") + " " + rs.getString("action") + " " + rs.getString("pledge")
                        + " " + rs.getInt("outcome"))
                .list();
    }
}
