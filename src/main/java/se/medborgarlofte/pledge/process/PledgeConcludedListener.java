package se.medborgarlofte.pledge.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.PledgeRegister;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.system.EngineContext;

/** Called at the pledge's end: records it as closed, or as renewed by the pledge that continues it. */
@Component
@RequiredArgsConstructor
public class PledgeConcludedListener implements ExecutionListener {

    private final PledgeRegister register;

    @Override
    public void notify(DelegateExecution execution) {
        register.conclude(
                execution.getProcessBusinessKey(),
                (String) execution.getVariable(Variable.RENEWED_AS),
                null,
                EngineContext.now());
    }
}
