package se.medborgarlofte.casefile;

import static se.medborgarlofte.casefile.CaseEvents.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CommitmentChange.Kind;

/**
 * Revisions of a signed pledge's commitments in the case file: each draft of a revision with its changes, the
 * signatories' answers, and, once signed, the changes applied to the current commitments in place (a changed
 * commitment keeps its id, its measure and its reports; an added one joins the current round; a withdrawn one is
 * stopped with the reason, as the citizens' page shows a stopped measure).
 */
@Component
@RequiredArgsConstructor
public class RevisionRecords {

    private final JdbcClient jdbc;
    private final CaseEvents events;

    /** A change as applied: the commitment with its case-file id, and the measure that carries it out, if one runs. */
    public record AppliedChange(Kind kind, Commitment commitment, String measureInstanceId, String reason) {}

    /** The commitments whose measures run now: what a revision can keep, change or withdraw. */
    public List<Commitment> runningCommitments(String registrationNumber) {
        return jdbc.sql("""
                        SELECT c.id, c.party, c.promise, c.measure_type, c.target_quantity, c.target_unit, c.due_date, c.indicator,
                          c.organisation_id
                        FROM commitment c JOIN pledge p ON p.id = c.pledge_id
                        WHERE p.registration_number = ? AND c.status = 'in-progress'
                          AND c.draft_round = (SELECT MAX(draft_round) FROM commitment WHERE pledge_id = p.id)
                        ORDER BY c.position""")
                .param(registrationNumber)
                .query((rs, row) -> commitment(rs))
                .list();
    }

    /**
     * Records a draft of the pledge's revision (the first one opens it, a later one replaces its changes after the
     * signatories asked for changes); returns the revision's id.
     */
    public long recordDraft(
            String registrationNumber, Long revisionId, List<CommitmentChange> changes, String actor, Instant at) {
        long pledgeId = events.pledgeId(registrationNumber);
        long id;
        if (revisionId == null) {
            int number = jdbc.sql(
                            "SELECT COALESCE(MAX(revision_number), 0) + 1 FROM commitment_revision WHERE pledge_id = ?")
                    .param(pledgeId)
                    .query(Integer.class)
                    .single();
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO commitment_revision (pledge_id, revision_number, status, drafted_by, drafted_at)
                    VALUES (?, ?, 'drafted', ?, ?)""").params(pledgeId, number, actor, timestamp(at)).update(keys, "id");
            id = keys.getKey().longValue();
        } else {
            id = revisionId;
            // the co-signers' answers were on the earlier draft; the new one is signed anew
            jdbc.sql("UPDATE revision_co_signer_answer SET superseded = TRUE WHERE revision_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("DELETE FROM commitment_revision_change WHERE revision_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("UPDATE commitment_revision SET status = 'drafted', drafted_by = ?, drafted_at = ? WHERE id = ?")
                    .params(actor, timestamp(at), id)
                    .update();
        }
        for (CommitmentChange change : changes) {
            insertChange(id, change);
        }
        events.append(
                pledgeId,
                "revision-drafted",
                "Revidering " + number(id) + " av åtagandena skrevs: " + counts(changes) + ".",
                actor,
                at);
        return id;
    }

    /** A signatory's answer on a revision: approved and signed, or changes requested with a comment. */
    public void recordAnswer(
            long revisionId, String party, boolean approved, String signatoryOrComment, String actor, Instant at) {
        if (!approved) {
            jdbc.sql("UPDATE commitment_revision SET status = 'changes-requested' WHERE id = ?")
                    .param(revisionId)
                    .update();
        }
        events.append(
                pledgeOf(revisionId),
                "revision-answer",
                approved
                        ? party + " godkände revidering " + number(revisionId) + " (" + signatoryOrComment.strip()
                                + ")."
                        : party + " begärde ändringar i revidering " + number(revisionId) + ": " + signatoryOrComment,
                actor,
                at);
    }

    /**
     * A co-signing organisation's answer on the revision's current draft: kept with the organisation (so that the
     * signatories' line can name it) and in the timeline like the police's and the municipality's.
     */
    public void recordCoSignerAnswer(
            long revisionId,
            long organisationId,
            String organisationName,
            boolean approved,
            String signatoryOrComment,
            String actor,
            Instant at) {
        jdbc.sql("""
                INSERT INTO revision_co_signer_answer (revision_id, organisation_id, decision, signatory, comment,
                    decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        revisionId,
                        organisationId,
                        approved ? "approve" : "request-changes",
                        approved ? signatoryOrComment.strip() : null,
                        approved ? null : signatoryOrComment,
                        actor,
                        timestamp(at))
                .update();
        recordAnswer(revisionId, organisationName, approved, signatoryOrComment, actor, at);
    }

    /** A co-signer's signature on a revision: its organisation and who signed. */
    public record CoSignerSignature(long organisationId, String signatory) {}

    /** The co-signers that approved the revision's current draft, in the order they answered. */
    public List<CoSignerSignature> coSignerSignatures(long revisionId) {
        return jdbc.sql("""
                        SELECT organisation_id, signatory FROM revision_co_signer_answer
                        WHERE revision_id = ? AND decision = 'approve' AND superseded = FALSE
                        ORDER BY decided_at, id""")
                .param(revisionId)
                .query((rs, row) -> new CoSignerSignature(rs.getLong("organisation_id"), rs.getString("signatory")))
                .list();
    }

    public List<CommitmentChange> changes(long revisionId) {
        return jdbc.sql("""
                        SELECT kind, commitment_id, party, promise, measure_type, target_quantity, target_unit, due_date,
                               indicator, organisation_id, reason
                        FROM commitment_revision_change WHERE revision_id = ? ORDER BY id""")
                .param(revisionId)
                .query((rs, row) -> {
                    Kind kind = Kind.of(rs.getString("kind"));
                    Long commitmentId = (Long) rs.getObject("commitment_id", Long.class);
                    return new CommitmentChange(
                            kind,
                            commitmentId,
                            kind == Kind.WITHDRAW ? null : CommitmentRecords.wording(rs, commitmentId),
                            rs.getString("reason"));
                })
                .list();
    }

    /**
     * Applies a signed revision to the current commitments: changed ones take their new wording, added ones join the
     * current round, withdrawn ones are stopped with the reason. {@code signatories} is null for a revision that only
     * withdraws (nothing to sign). Returns the changes as applied, for the measures.
     */
    public List<AppliedChange> apply(long revisionId, LocalDate signedOn, String signatories, Instant at) {
        long pledgeId = pledgeOf(revisionId);
        List<CommitmentChange> changes = changes(revisionId);
        List<AppliedChange> applied = new ArrayList<>();
        for (CommitmentChange change : changes) {
            switch (change.kind()) {
                case CHANGE -> {
                    Commitment revised = change.commitment();
                    jdbc.sql("""
                            UPDATE commitment SET promise = ?, target_quantity = ?, target_unit = ?, due_date = ?,
                                indicator = ? WHERE id = ?""")
                            .params(
                                    revised.promise(),
                                    revised.targetQuantity(),
                                    revised.targetUnit(),
                                    revised.dueDate(),
                                    revised.indicator(),
                                    change.commitmentId())
                            .update();
                    applied.add(new AppliedChange(
                            change.kind(),
                            withId(revised, change.commitmentId()),
                            measureOf(change.commitmentId()),
                            null));
                }
                case ADD -> {
                    long id = addToCurrentRound(pledgeId, change.commitment());
                    applied.add(new AppliedChange(change.kind(), withId(change.commitment(), id), null, null));
                }
                case WITHDRAW -> {
                    jdbc.sql("UPDATE commitment SET status = 'stopped', outcome_reason = ? WHERE id = ?")
                            .params(change.reason(), change.commitmentId())
                            .update();
                    applied.add(new AppliedChange(
                            change.kind(),
                            current(change.commitmentId()),
                            measureOf(change.commitmentId()),
                            change.reason()));
                }
            }
        }
        jdbc.sql("""
                UPDATE commitment_revision SET status = 'applied', signed_on = ?, signatories = ?, applied_at = ?
                WHERE id = ?""").params(signedOn, signatories, timestamp(at), revisionId).update();
        events.append(
                pledgeId,
                "revision-applied",
                "Revidering " + number(revisionId) + " av åtagandena gäller"
                        + (signatories == null ? "" : ", undertecknad av " + signatories) + ": " + counts(changes)
                        + ". Övriga åtgärder fortsätter oförändrade.",
                null,
                at);
        return applied;
    }

    /** The commitment as the case file holds it now. */
    public Commitment current(long commitmentId) {
        return jdbc.sql("""
                        SELECT id, party, promise, measure_type, target_quantity, target_unit, due_date, indicator,
                               organisation_id
                        FROM commitment WHERE id = ?""")
                .param(commitmentId)
                .query((rs, row) -> commitment(rs))
                .single();
    }

    private long addToCurrentRound(long pledgeId, Commitment added) {
        int round = jdbc.sql("SELECT MAX(draft_round) FROM commitment WHERE pledge_id = ?")
                .param(pledgeId)
                .query(Integer.class)
                .single();
        int position = jdbc.sql("SELECT MAX(position) + 1 FROM commitment WHERE pledge_id = ? AND draft_round = ?")
                .params(pledgeId, round)
                .query(Integer.class)
                .single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO commitment (pledge_id, draft_round, position, party, promise, measure_type, target_quantity,
                    target_unit, due_date, indicator, organisation_id, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'drafted')""")
                .params(
                        pledgeId,
                        round,
                        position,
                        added.party(),
                        added.promise(),
                        added.measureType(),
                        added.targetQuantity(),
                        added.targetUnit(),
                        added.dueDate(),
                        added.indicator(),
                        added.organisationId())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private void insertChange(long revisionId, CommitmentChange change) {
        Commitment wording = change.commitment();
        Commitment previous = change.kind() == Kind.ADD ? null : current(change.commitmentId());
        jdbc.sql("""
                INSERT INTO commitment_revision_change (revision_id, kind, commitment_id, party, promise, measure_type,
                    target_quantity, target_unit, due_date, indicator, organisation_id, previous_promise,
                    previous_target_quantity, previous_due_date, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        revisionId,
                        change.kind().id(),
                        change.commitmentId(),
                        wording == null ? null : wording.party(),
                        wording == null ? null : wording.promise(),
                        wording == null ? null : wording.measureType(),
                        wording == null ? null : wording.targetQuantity(),
                        wording == null ? null : wording.targetUnit(),
                        wording == null ? null : wording.dueDate(),
                        wording == null ? null : wording.indicator(),
                        wording == null ? null : wording.organisationId(),
                        previous == null ? null : previous.promise(),
                        previous == null ? null : previous.targetQuantity(),
                        previous == null ? null : previous.dueDate(),
                        change.reason())
                .update();
    }

    private String measureOf(long commitmentId) {
        return jdbc.sql("SELECT measure_process_instance_id FROM commitment WHERE id = ?")
                .param(commitmentId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long pledgeOf(long revisionId) {
        return jdbc.sql("SELECT pledge_id FROM commitment_revision WHERE id = ?")
                .param(revisionId)
                .query(Long.class)
                .single();
    }

    private int number(long revisionId) {
        return jdbc.sql("SELECT revision_number FROM commitment_revision WHERE id = ?")
                .param(revisionId)
                .query(Integer.class)
                .single();
    }

    /** "1 ändrat, 1 nytt och 1 återtaget åtagande" in the words of the timeline. */
    static String counts(List<CommitmentChange> changes) {
        List<String> parts = new ArrayList<>();
        long changed = changes.stream().filter(c -> c.kind() == Kind.CHANGE).count();
        long added = changes.stream().filter(c -> c.kind() == Kind.ADD).count();
        long withdrawn = changes.stream().filter(c -> c.kind() == Kind.WITHDRAW).count();
        if (changed > 0) {
            parts.add(changed + (changed == 1 ? " ändrat" : " ändrade"));
        }
        if (added > 0) {
            parts.add(added + (added == 1 ? " nytt" : " nya"));
        }
        if (withdrawn > 0) {
            parts.add(withdrawn + (withdrawn == 1 ? " återtaget" : " återtagna"));
        }
        String joined = parts.size() == 1
                ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " och " + parts.get(parts.size() - 1);
        long last = changes.isEmpty() ? 0 : withdrawn > 0 ? withdrawn : added > 0 ? added : changed;
        return joined + (last == 1 ? " åtagande" : " åtaganden");
    }

    private static Commitment withId(Commitment commitment, long id) {
        return new Commitment(
                id,
                commitment.party(),
                commitment.promise(),
                commitment.measureType(),
                commitment.targetQuantity(),
                commitment.targetUnit(),
                commitment.dueDate(),
                commitment.indicator(),
                commitment.organisationId());
    }

    private static Commitment commitment(ResultSet rs) throws SQLException {
        return CommitmentRecords.wording(rs, rs.getLong("id"));
    }
}
