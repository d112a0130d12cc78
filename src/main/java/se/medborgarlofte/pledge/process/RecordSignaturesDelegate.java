package se.medborgarlofte.pledge.process;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.Commitment;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.casefile.PledgeRegister;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.pledge.PledgeProperties;
import se.medborgarlofte.pledge.Signatures;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.system.JsonVariables;

/**
 * Records that both parties have approved: the signing date and the signatories; and gives the measures the
 * commitments of the signed draft round as the case file holds them, so that what was signed is what is carried out.
 */
@Component
@RequiredArgsConstructor
public class RecordSignaturesDelegate implements JavaDelegate {

    private final PledgeProperties properties;
    private final PledgeRegister register;
    private final CommitmentRecords commitments;

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.ofInstant(EngineContext.now(), properties.timeZone());
        Signatures signatures =
                new Signatures(today, (String) execution.getVariable(Variable.POLICE_SIGNATORY), (String)
                        execution.getVariable(Variable.MUNICIPALITY_SIGNATORY));
        execution.setVariable(Variable.SIGNED_ON, signatures.signedOn().toString());
        execution.setVariable(Variable.SIGNATORIES, signatures.signatoriesLine());
        register.recordSigning(
                execution.getProcessBusinessKey(),
                signatures.signedOn(),
                signatures.signatoriesLine(),
                EngineContext.now());
        List<Commitment> signed = commitments.latestRound(execution.getProcessBusinessKey());
        if (!signed.isEmpty()) {
            execution.setVariable(Variable.COMMITMENTS, JsonVariables.json(Commitment.listJson(signed)));
        }
    }
}
