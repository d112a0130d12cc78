package se.medborgarlofte.revision.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.Commitment;
import se.medborgarlofte.casefile.CommitmentChange;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.casefile.RevisionRecords;
import se.medborgarlofte.casefile.TaskRecorder;
import se.medborgarlofte.organisation.Organisation;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.pledge.CoSignerAnswer;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.revision.RevisionDraft;
import se.medborgarlofte.revision.RevisionProcess.Element;
import se.medborgarlofte.revision.RevisionProcess.Variable;
import se.medborgarlofte.system.FormValues;
import se.medborgarlofte.system.JsonVariables;

/** Records a revision's tasks: the coordinator's draft with its changes, and each signatory's answer. */
@Component
@RequiredArgsConstructor
public class RevisionTaskRecorder implements TaskRecorder {

    private static final Set<String> ANSWERS = Set.of(Choice.APPROVE, Choice.REQUEST_CHANGES);

    private final RevisionRecords revisions;
    private final Organisations organisations;

    @Override
    public Set<String> tasks() {
        return Set.of(
                Element.DRAFT_REVISION,
                Element.APPROVE_REVISION_POLICE,
                Element.APPROVE_REVISION_MUNICIPALITY,
                Element.APPROVE_REVISION_CO_SIGNER);
    }

    @Override
    public Map<String, Object> record(CompletedTask task) {
        FormValues values = task.values();
        return switch (task.key()) {
            case Element.DRAFT_REVISION -> recordDraft(task);
            case Element.APPROVE_REVISION_CO_SIGNER -> recordCoSignerAnswer(task);
            case Element.APPROVE_REVISION_POLICE ->
                recordAnswer(
                        task, "Polisen", Variable.POLICE_APPROVAL, Variable.POLICE_SIGNATORY, Variable.POLICE_COMMENT);
            default ->
                recordAnswer(
                        task,
                        "Kommunen",
                        Variable.MUNICIPALITY_APPROVAL,
                        Variable.MUNICIPALITY_SIGNATORY,
                        Variable.MUNICIPALITY_COMMENT);
        };
    }

    private Map<String, Object> recordDraft(CompletedTask task) {
        FormValues values = task.values();
        List<Commitment> running = revisions.runningCommitments(task.pledge());
        List<CommitmentChange> changes = RevisionDraft.changes(
                values.list(Variable.REVISION_COMMITMENTS, "Pågående åtaganden"),
                withParties(values.list(Variable.ADDED_COMMITMENTS, "Nya åtaganden")),
                running);
        String earlier = values.text(Variable.REVISION_ID);
        long id = revisions.recordDraft(
                task.pledge(), earlier == null ? null : Long.valueOf(earlier), changes, task.actor(), task.at());
        Map<String, Object> changed = new HashMap<>();
        changed.put(Variable.REVISION_ID, id);
        changed.put(Variable.REVISION_SUMMARY, RevisionDraft.summary(changes, running));
        changed.put(Variable.REVISION_NEEDS_SIGNING, RevisionDraft.needsSigning(changes));
        changed.put(Variable.POLICE_APPROVAL, null);
        changed.put(Variable.MUNICIPALITY_APPROVAL, null);
        changed.put(Variable.CO_SIGNER_GROUPS, JsonVariables.json(coSignerGroups(changes)));
        changed.put(Variable.CO_SIGNERS_APPROVAL, Choice.APPROVE);
        changed.put(Variable.CO_SIGNER_COMMENTS, null);
        return changed;
    }

    /** The groups of the co-signing organisations whose commitments change or are added: each signs in its own task. */
    private List<String> coSignerGroups(List<CommitmentChange> changes) {
        return RevisionDraft.organisationsSigning(changes).stream()
                .map(organisations::find)
                .flatMap(Optional::stream)
                .filter(organisation -> organisation.kind().coSigns())
                .map(Organisation::groupId)
                .toList();
    }

    /** A co-signer's answer, for the organisation its task was created for; a request for changes sends it back. */
    private Map<String, Object> recordCoSignerAnswer(CompletedTask task) {
        CoSignerAnswer answer = CoSignerAnswer.of(task.values());
        Organisation organisation = organisations
                .find(answer.organisationId())
                .orElseThrow(() -> new IllegalStateException("The co-signer's organisation no longer exists"));
        revisions.recordCoSignerAnswer(
                Long.parseLong(task.values().requiredText(Variable.REVISION_ID, "Revidering")),
                organisation.id(),
                organisation.name(),
                answer.approved(),
                answer.approved() ? answer.signatory() : answer.comment(),
                task.actor(),
                task.at());
        if (answer.approved()) {
            return Map.of();
        }
        // co-signers answer one after the other in their own tasks: each adds its line to the comments so far
        String earlier = task.values().text(Variable.CO_SIGNER_COMMENTS);
        String line = organisation.name() + ": " + answer.comment().strip();
        return Map.of(
                Variable.CO_SIGNERS_APPROVAL,
                Choice.REQUEST_CHANGES,
                Variable.CO_SIGNER_COMMENTS,
                earlier == null || earlier.isBlank() ? line : earlier + "\n" + line);
    }

    /** A new commitment's party word comes from the organisation it names (one in the case file), never from the form. */
    private JsonNode withParties(JsonNode added) {
        for (int index = 0; index < added.size(); index++) {
            if (added.get(index) instanceof ObjectNode row) {
                int number = index + 1;
                Long id = Commitment.organisationId(row);
                Organisation organisation = (id == null ? Optional.<Organisation>empty() : organisations.find(id))
                        .orElseThrow(() -> new IllegalArgumentException(
                                "Nytt åtagande " + number + ": välj i listan vilken organisation som genomför det."));
                row.put("party", organisation.party());
            }
        }
        return added;
    }

    private Map<String, Object> recordAnswer(
            CompletedTask task, String party, String decisionField, String signatoryField, String commentField) {
        FormValues values = task.values();
        String decision = values.choice(decisionField, "Beslut", ANSWERS);
        boolean approved = Choice.APPROVE.equals(decision);
        String detail = approved
                ? values.requiredText(signatoryField, "Undertecknare", 200)
                : values.requiredText(commentField, "Vad ska ändras?", 2000);
        revisions.recordAnswer(
                Long.parseLong(values.requiredText(Variable.REVISION_ID, "Revidering")),
                party,
                approved,
                detail,
                task.actor(),
                task.at());
        return Map.of();
    }
}
