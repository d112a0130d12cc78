package se.medborgarlofte.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Remembers, for the HTTP request being served, the exception with which an engine command failed. The webapps'
 * engine API answers such failures with Camunda's own 500 and the engine's message; {@link EngineErrorResponses}
 * uses what is remembered here to give the answer our own API would give (a 400 with our Swedish message, a 409 for a
 * conflict) on every engine API alike.
 */
@Component
class EngineFailures extends AbstractProcessEnginePlugin {

    private static final ThreadLocal<List<Throwable>> DURING_REQUEST = new ThreadLocal<>();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new Recorder());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    /** Starts remembering for the current request's thread. */
    static void begin() {
        DURING_REQUEST.set(new ArrayList<>());
    }

    /** The first failure of the request, if any; and stops remembering. */
    static Throwable end() {
        List<Throwable> failures = DURING_REQUEST.get();
        DURING_REQUEST.remove();
        return failures == null || failures.isEmpty() ? null : failures.get(0);
    }

    private static final class Recorder extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException failure) {
                List<Throwable> failures = DURING_REQUEST.get();
                if (failures != null) {
                    failures.add(failure);
                }
                throw failure;
            }
        }
    }
}
