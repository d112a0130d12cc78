package se.medborgarlofte.steering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;

/**
 * The coordinator who compiles a follow-up and each steering member who reviews it see per commitment what was
 * planned and what the measures' reports say was done, through the engine REST API as Tasklist reads the forms.
 */
@PostgresIntegrationTest
class FollowUpNumbersIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Test
    void theFollowUpAndEveryReviewShowPlannedAgainstDone() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Trygga Siffrorna", "Siffergatan");
        journey.identifyNeed(pledge)
                .draft(pledge, PledgeJourney.COMMITMENTS)
                .sign(pledge)
                .policeReport(pledge);
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(journey.processInstanceId(pledge))
                .activityId("await-follow-up-date")
                .singleResult()
                .getId());

        EngineRestClient coordinator = journey.as("samordnare");
        String followUp = coordinator
                .task(pledge, "compile-follow-up", "samordnare")
                .path("id")
                .asText();
        JsonNode progress = coordinator.variables(followUp).get("commitmentProgress");
        assertThat(progress).hasSize(2);
        assertThat(progress.get(0).path("promise").asText()).startsWith("Polisen lovar att starta minst 8");
        assertThat(progress.get(0).path("planned").asText()).isEqualTo("8 områden senast 2027-10-31");
        assertThat(progress.get(0).path("done").asText()).isEqualTo("3 områden (37 %) vid 1 tillfälle");
        assertThat(progress.get(1).path("done").asText()).isEqualTo("0 föreningar (0 %) vid 0 tillfällen");
        journey.compileFollowUp(pledge, "compile-follow-up");

        EngineRestClient member = journey.as("styrgrupp1");
        String review = member.assignedTask(pledge, "review-follow-up", "styrgrupp1")
                .path("id")
                .asText();
        JsonNode rows = member.variables(review).get("commitmentAssessments");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("planned").asText()).isEqualTo("8 områden senast 2027-10-31");
        assertThat(rows.get(0).path("done").asText()).isEqualTo("3 områden (37 %) vid 1 tillfälle");
        assertThat(rows.get(0).path("assessment").isNull()).isTrue();
        journey.review(pledge, "review-follow-up", "styrgrupp1", "continue");
    }
}
