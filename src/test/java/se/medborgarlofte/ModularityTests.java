package se.medborgarlofte;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The top-level packages are modules whose dependencies point one way: {@code system} and the case-file store
 * ({@code casefile}) at the bottom, the features above them, the read side ({@code cases}) and the demo on top. Spring
 * Modulith fails this test on any cycle between modules and on any use of another module's internals (its
 * sub-packages, unless the module exposes them).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void dependenciesPointOneWayAndOnlyToExposedTypes() {
        MODULES.verify();
    }
}
