package se.medborgarlofte.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PostgresIntegrationTest;

/**
 * Failed logins delay the next one, the delay grows, and enough failures lock the account. The test shortens the
 * configured delays on the running engine (one application context for all integration tests: a second one would
 * register a second engine named "default") and restores them afterwards.
 */
@PostgresIntegrationTest
class LoginThrottlingIntegrationTests {

    private static final String USER = "styrgrupp2";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessEngine engine;

    private int maxAttempts;
    private int delayBase;
    private int delayFactor;
    private int delayMaxTime;

    @BeforeEach
    void shortenDelays() {
        ProcessEngineConfigurationImpl configuration = configuration();
        maxAttempts = configuration.getLoginMaxAttempts();
        delayBase = configuration.getLoginDelayBase();
        delayFactor = configuration.getLoginDelayFactor();
        delayMaxTime = configuration.getLoginDelayMaxTime();
        configure(4, 1, 2, 4);
    }

    @AfterEach
    void restoreDelays() {
        configure(maxAttempts, delayBase, delayFactor, delayMaxTime);
        identity.unlockUser(USER);
    }

    @Test
    void theConfiguredThrottlingIsInForce() {
        assertThat(maxAttempts).isEqualTo(10);
        assertThat(delayBase).isEqualTo(3);
        assertThat(delayFactor).isEqualTo(2);
        assertThat(delayMaxTime).isEqualTo(60);
    }

    @Test
    void theDelayGrowsWithEachFailureAndTheAccountLocks() throws InterruptedException {
        assertThat(status(EngineRestClient.DEMO_PASSWORD)).isEqualTo(200);

        assertThat(status("fel-1")).isEqualTo(401);
        assertThat(status(EngineRestClient.DEMO_PASSWORD))
                .as("right password during the first delay")
                .isEqualTo(401);
        Thread.sleep(1_300);
        assertThat(status("fel-2")).isEqualTo(401);
        Thread.sleep(1_300);
        assertThat(status(EngineRestClient.DEMO_PASSWORD))
                .as("after 1.3 s of the second, longer delay")
                .isEqualTo(401);
        Thread.sleep(1_000);
        assertThat(status("fel-3")).isEqualTo(401);
        Thread.sleep(4_300);
        assertThat(status("fel-4")).isEqualTo(401);
        Thread.sleep(4_300);
        assertThat(status(EngineRestClient.DEMO_PASSWORD))
                .as("locked after four failures, however long one waits")
                .isEqualTo(401);

        identity.unlockUser(USER);
        assertThat(status(EngineRestClient.DEMO_PASSWORD))
                .as("unlocked by an administrator")
                .isEqualTo(200);
    }

    private void configure(int attempts, int base, int factor, int maxTime) {
        ProcessEngineConfigurationImpl configuration = configuration();
        configuration.setLoginMaxAttempts(attempts);
        configuration.setLoginDelayBase(base);
        configuration.setLoginDelayFactor(factor);
        configuration.setLoginDelayMaxTime(maxTime);
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    private int status(String password) {
        return EngineRestClient.as(rest, USER, password)
                .get("/task?maxResults=1")
                .getStatusCode()
                .value();
    }
}
