package se.medborgarlofte.system;

import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Who acts and when, as the engine sees it: the authenticated user and the engine's clock (which tests move). */
public final class EngineContext {

    private EngineContext() {}

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** The user on whose behalf the engine runs, or the fallback (e.g. the task's assignee) when there is none. */
    public static String actor(ProcessEngineServices engine, String fallback) {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : fallback;
    }
}
