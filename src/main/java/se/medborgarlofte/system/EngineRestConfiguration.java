package se.medborgarlofte.system;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API as Camunda configures it, plus our translation of client errors that the engine reports as 500. */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(EngineRestClientErrors.ForRestExceptions.class);
        register(EngineRestClientErrors.ForEngineExceptions.class);
        register(EngineRestClientErrors.ForOtherExceptions.class);
    }
}
