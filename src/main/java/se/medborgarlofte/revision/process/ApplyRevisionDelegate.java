package se.medborgarlofte.revision.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.Commitment;
import se.medborgarlofte.casefile.PledgeRegister;
import se.medborgarlofte.casefile.RevisionRecords;
import se.medborgarlofte.casefile.RevisionRecords.AppliedChange;
import se.medborgarlofte.measure.MeasureRevisions;
import se.medborgarlofte.organisation.Organisation;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.pledge.PledgeProcess;
import se.medborgarlofte.pledge.Signatures;
import se.medborgarlofte.pledge.Signatures.CoSignature;
import se.medborgarlofte.revision.RevisionProcess.Variable;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.system.JsonVariables;

/**
 * Applies a revision once it is signed (or at once, when it only withdraws): the case file's commitments change in
 * place, the signatories' line naming the police, the municipality and each co-signing organisation that signed; each
 * changed commitment's running measure carries the new wording, each withdrawn one's measure ends, and the added
 * commitments, with their case-file ids, become the list the next step starts a measure for. Unchanged measures are not
 * touched.
 */
@Component
@RequiredArgsConstructor
public class ApplyRevisionDelegate implements JavaDelegate {

    private final RevisionRecords revisions;
    private final MeasureRevisions measures;
    private final PledgeRegister register;
    private final CaseCalendar calendar;
    private final Organisations organisations;

    @Override
    public void execute(DelegateExecution execution) {
        long revisionId = ((Number) execution.getVariable(Variable.REVISION_ID)).longValue();
        LocalDate signedOn = null;
        String signatories = null;
        if (Boolean.TRUE.equals(execution.getVariable(Variable.REVISION_NEEDS_SIGNING))) {
            Signatures signatures = new Signatures(
                    calendar.day(EngineContext.now()),
                    (String) execution.getVariable(Variable.POLICE_SIGNATORY),
                    (String) execution.getVariable(Variable.MUNICIPALITY_SIGNATORY),
                    coSigners(revisionId));
            signedOn = signatures.signedOn();
            signatories = signatures.signatoriesLine();
        }
        List<Commitment> added = new ArrayList<>();
        for (AppliedChange change : revisions.apply(revisionId, signedOn, signatories, EngineContext.now())) {
            switch (change.kind()) {
                case CHANGE ->
                    measures.carry(
                            execution.getProcessEngineServices(), change.measureInstanceId(), change.commitment());
                case WITHDRAW -> measures.withdraw(execution.getProcessEngineServices(), change.measureInstanceId());
                case ADD -> added.add(change.commitment());
            }
        }
        execution.setVariable(Variable.ADDED_COMMITMENTS, JsonVariables.json(Commitment.listJson(added)));
        register.enterStage(
                execution.getProcessBusinessKey(),
                PledgeProcess.Element.IMPLEMENT,
                "Revideringen gäller; genomförandet fortsätter.",
                EngineContext.now());
    }

    /** The co-signing organisations that signed the revision's current draft, after the police and the municipality. */
    private List<CoSignature> coSigners(long revisionId) {
        return revisions.coSignerSignatures(revisionId).stream()
                .map(signature -> new CoSignature(
                        signature.signatory(),
                        organisations
                                .find(signature.organisationId())
                                .map(Organisation::name)
                                .orElseThrow()))
                .toList();
    }
}
