package se.medborgarlofte.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.WebappPages;

/**
 * The demo's town-square pledge shows what issue #13 asks of it, over HTTP on PostgreSQL: its effect goal on the share
 * feeling unsafe with the baseline, the two survey values and the target on the case page, in the follow-up report and
 * on the public page; its association's measure in the named association's group only; and the revision of its
 * lighting and night-walk commitments, which left every measure running where it was.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoTownSquareIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    private String townSquare;

    @BeforeAll
    void demoPledge() {
        townSquare = jdbc.sql("SELECT registration_number FROM pledge WHERE title = ?")
                .param("Tryggare Gustav Adolfs plan")
                .query(String.class)
                .single();
    }

    @Test
    void theEffectGoalShowsItsBaselineBothSurveyValuesAndItsTargetWhereverThePledgeIsRead() {
        WebappPages pages = new WebappPages(rest);
        assertSeries(WebappPages.html(pages.get("samordnare", "/arenden/" + townSquare), 200));
        assertSeries(Jsoup.parse(EngineRestClient.as(rest, "samordnare")
                .getApi("/api/pledges/" + townSquare + "/follow-up-report.html")
                .getBody()));
        assertSeries(WebappPages.html(pages.get(null, "/medborgarloften/" + townSquare), 200));
    }

    @Test
    void theAssociationsMeasureGoesToTheNamedAssociationOnly() {
        String nightWalkers = jdbc.sql("SELECT group_id FROM organisation WHERE name = 'Nattvandrarna Gustav Adolf'")
                .query(String.class)
                .single();
        String measure = jdbc.sql("""
                        SELECT c.measure_process_instance_id FROM commitment c JOIN pledge p ON p.id = c.pledge_id
                        WHERE p.registration_number = ? AND c.status = 'in-progress'
                          AND c.promise LIKE 'Nattvandrarna lovar%'""").param(townSquare).query(String.class).single();
        assertThat(jdbc.sql("""
                        SELECT DISTINCT l.GROUP_ID_ FROM ACT_RU_IDENTITYLINK l JOIN ACT_RU_TASK t ON t.ID_ = l.TASK_ID_
                        WHERE t.PROC_INST_ID_ = ? AND l.TYPE_ = 'candidate'""").param(measure).query(String.class).list())
                // the measure's own tasks go to the association (the coordinator handles one that falls overdue)
                .contains(nightWalkers)
                .doesNotContain("forening", "grannsamverkan", "naringsliv", "bostadsbolaget");
        assertThat(openTasks("forening", measure)).isNotEmpty();
        assertThat(openTasks("forening2", measure)).isEmpty();
        assertThat(openTasks("bostadsbolag", measure)).isEmpty();
    }

    @Test
    void theRevisionOfTwoCommitmentsLeftEveryMeasureRunningWhereItWas() {
        Timestamp applied =
                jdbc.sql("""
                        SELECT r.applied_at FROM commitment_revision r JOIN pledge p ON p.id = r.pledge_id
                        WHERE p.registration_number = ? AND r.status = 'applied'""").param(townSquare).query(Timestamp.class).single();
        List<String> changed =
                jdbc.sql("""
                        SELECT c.promise FROM commitment_revision_change rc
                        JOIN commitment_revision r ON r.id = rc.revision_id JOIN commitment c ON c.id = rc.commitment_id
                        JOIN pledge p ON p.id = r.pledge_id WHERE p.registration_number = ?""").param(townSquare).query(String.class).list();
        assertThat(changed)
                .hasSize(2)
                .anyMatch(promise -> promise.startsWith("Kommunen lovar att förbättra belysningen"))
                .anyMatch(promise -> promise.startsWith("Nattvandrarna lovar"));

        // every measure runs in the instance it started in before the revision: none was stopped and started again
        List<Timestamp> measuresStarted =
                jdbc.sql("""
                        SELECT h.START_TIME_ FROM commitment c JOIN pledge p ON p.id = c.pledge_id
                        JOIN ACT_HI_PROCINST h ON h.ID_ = c.measure_process_instance_id
                        WHERE p.registration_number = ? AND c.status = 'in-progress' AND h.END_TIME_ IS NULL""").param(townSquare).query(Timestamp.class).list();
        assertThat(measuresStarted).hasSize(3).allMatch(started -> started.before(applied));
    }

    private static void assertSeries(Document page) {
        var goal = page.selectFirst(".effect-goal");
        assertThat(goal).as("an effect goal on the page").isNotNull();
        assertThat(goal.text()).contains("Andelen som känner sig otrygga på torget kvällstid");
        assertThat(goal.selectFirst("svg[role=img]").select("circle")).hasSize(3);
        List<String> rows = goal.select("table.effect-values tbody tr").eachText();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("Utgångsvärde").contains("38 %");
        assertThat(rows.get(1)).startsWith("Uppföljning 1").contains("33 %", "Kommunens enkät vid torget");
        assertThat(rows.get(2)).startsWith("Uppföljning 2").contains("29 %", "trygghetsmätning");
        assertThat(rows.get(3)).isEqualTo("Mål – 25 % –");
    }

    /** The ids of the measure's open tasks that the user sees in the engine's task list. */
    private List<String> openTasks(String user, String processInstance) {
        JsonNode tasks = EngineRestClient.as(rest, user).getJson("/task?processInstanceId=" + processInstance);
        return StreamSupport.stream(tasks.spliterator(), false)
                .map(task -> task.path("id").asText())
                .toList();
    }
}
