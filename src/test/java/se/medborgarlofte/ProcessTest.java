package se.medborgarlofte;

import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.medborgarlofte.pledge.PledgeScenario;

/**
 * An engine-only process test: the shared test engine with every model deployed before each test, the engine's clock
 * at {@link #startsAt()}; afterwards the deployment with its instances, the case file and the clock are undone.
 */
public abstract class ProcessTest {

    @RegisterExtension
    ProcessEngineExtension extension = ProcessTestEngine.extension();

    protected ProcessEngine engine;
    private String deployment;

    /** Where the engine's clock stands when each test begins: by default the day a pledge's scenario starts. */
    protected ZonedDateTime startsAt() {
        return PledgeScenario.START;
    }

    @BeforeEach
    final void deployModels() {
        engine = extension.getProcessEngine();
        deployment = ProcessTestEngine.begin(engine, Date.from(startsAt().toInstant()));
    }

    @AfterEach
    final void removeModels() {
        ProcessTestEngine.finish(engine, deployment);
    }
}
