package se.medborgarlofte.pledge.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import se.medborgarlofte.pledge.PledgeProcess;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.pledge.PledgeRenewal;

/** Starts the pledge that renews this one, pre-filled from it, and links the two both ways. */
@Component
public class StartRenewedPledgeDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> variables =
                PledgeRenewal.startVariables(execution.getProcessBusinessKey(), execution.getVariables());
        // the steering group decides the renewal; starting pledges is otherwise the coordinator's right
        ProcessInstance renewed = Context.getCommandContext()
                .runWithoutAuthorization(() -> execution
                        .getProcessEngineServices()
                        .getRuntimeService()
                        .startProcessInstanceByKey(PledgeProcess.KEY, variables));
        execution.setVariable(Variable.RENEWED_AS, renewed.getBusinessKey());
    }
}
