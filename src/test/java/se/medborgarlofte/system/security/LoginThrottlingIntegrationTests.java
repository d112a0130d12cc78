package se.medborgarlofte.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.TestPropertySource;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PostgresIntegrationTest;

/** Failed logins delay the next one, the delay grows, and enough failures lock the account (fast settings for the test). */
@PostgresIntegrationTest
@TestPropertySource(properties = {
        "camunda.bpm.generic-properties.properties.loginMaxAttempts=4",
        "camunda.bpm.generic-properties.properties.loginDelayBase=1",
        "camunda.bpm.generic-properties.properties.loginDelayFactor=2",
        "camunda.bpm.generic-properties.properties.loginDelayMaxTime=4"})
class LoginThrottlingIntegrationTests {

    private static final String USER = "styrgrupp2";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;

    @Test
    void theDelayGrowsWithEachFailureAndTheAccountLocks() throws InterruptedException {
        assertThat(status(EngineRestClient.DEMO_PASSWORD)).isEqualTo(200);

        assertThat(status("fel-1")).isEqualTo(401);
        assertThat(status(EngineRestClient.DEMO_PASSWORD)).as("right password during the first delay").isEqualTo(401);
        Thread.sleep(1_300);
        assertThat(status("fel-2")).isEqualTo(401);
        Thread.sleep(1_300);
        assertThat(status(EngineRestClient.DEMO_PASSWORD)).as("after 1.3 s of the second, longer delay").isEqualTo(401);
        Thread.sleep(1_000);
        assertThat(status("fel-3")).isEqualTo(401);
        Thread.sleep(4_300);
        assertThat(status("fel-4")).isEqualTo(401);
        Thread.sleep(4_300);
        assertThat(status(EngineRestClient.DEMO_PASSWORD)).as("locked after four failures, however long one waits").isEqualTo(401);

        identity.unlockUser(USER);
        assertThat(status(EngineRestClient.DEMO_PASSWORD)).as("unlocked by an administrator").isEqualTo(200);
    }

    private int status(String password) {
        return EngineRestClient.as(rest, USER, password).get("/task?maxResults=1").getStatusCode().value();
    }
}
