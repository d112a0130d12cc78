package se.medborgarlofte.system;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the caller's authorizations, in a command of their own. Only for answers whose use the
 * caller's rights have been checked for already (a task's contract, the case a visible task belongs to): what comes
 * back goes no further than that check allows.
 */
@Component
public class PrivilegedReads {

    private final CommandExecutor commands;

    PrivilegedReads(ProcessEngine engine) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    public <T> T call(Callable<T> work) {
        return commands.execute(context -> context.runWithoutAuthorization(work));
    }
}
