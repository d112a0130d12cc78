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
import se.medborgarlofte.organisation.Organisation;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.pledge.PledgeProperties;
import se.medborgarlofte.pledge.Signatures;
import se.medborgarlofte.pledge.Signatures.CoSignature;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.system.JsonVariables;

/**
 * Records that every party has approved: the signing date and the signatories (the police, the municipality and each
 * co-signing organisation); and gives the measures the
 * commitments of the signed draft round as the case file holds them, so that what was signed is what is carried out.
 */
@Component
@RequiredArgsConstructor
public class RecordSignaturesDelegate implements JavaDelegate {

    private final PledgeProperties properties;
    private final PledgeRegister register;
    private final CommitmentRecords commitments;
    private final Organisations organisations;

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.ofInstant(EngineContext.now(), properties.timeZone());
        List<CoSignature> coSigners = commitments.coSignerSignatures(execution.getProcessBusinessKey()).stream()
                .map(signature -> new CoSignature(
                        signature.signatory(),
                        organisations
                                .find(signature.organisationId())
                                .map(Organisation::name)
                                .orElseThrow()))
                .toList();
        Signatures signatures = new Signatures(
                today,
                (String) execution.getVariable(Variable.POLICE_SIGNATORY),
                (String) execution.getVariable(Variable.MUNICIPALITY_SIGNATORY),
                coSigners);
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
