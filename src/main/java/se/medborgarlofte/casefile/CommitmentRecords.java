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
import se.medborgarlofte.casefile.CaseRecords.Approval;

/** Stages 2 and 3 in the case file: the drafts and their commitments, the approvals, and the measures' reports. */
@Component
@RequiredArgsConstructor
public class CommitmentRecords {

    private final JdbcClient jdbc;
    private final CaseEvents events;

    /** Records a new draft round; returns the ids of its commitments, in order. */
    public List<Long> recordDraft(String registrationNumber, List<Commitment> commitments, String actor, Instant at) {
        long id = events.pledgeId(registrationNumber);
        int round = jdbc.sql("SELECT COALESCE(MAX(draft_round), 0) + 1 FROM commitment WHERE pledge_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        List<Long> ids = new ArrayList<>();
        for (int position = 0; position < commitments.size(); position++) {
            Commitment commitment = commitments.get(position);
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO commitment (pledge_id, draft_round, position, party, promise, measure_type, target_quantity,
                        target_unit, due_date, indicator, organisation_id, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'drafted')""")
                    .params(
                            id,
                            round,
                            position + 1,
                            commitment.party(),
                            commitment.promise(),
                            commitment.measureType(),
                            commitment.targetQuantity(),
                            commitment.targetUnit(),
                            commitment.dueDate(),
                            commitment.indicator(),
                            commitment.organisationId())
                    .update(keys, "id");
            ids.add(keys.getKey().longValue());
        }
        events.append(id, "draft", "Utkast " + round + " med " + commitments.size() + " åtaganden skrevs.", actor, at);
        return ids;
    }

    /** The commitments of the pledge's latest draft round, in order, with what their reports add up to. */
    public List<CommitmentProgress> progress(String registrationNumber) {
        return jdbc.sql("""
                        SELECT c.id, c.position, c.party, c.promise, c.target_quantity, c.target_unit, c.due_date,
                               COALESCE(SUM(o.quantity), 0) AS reported, COUNT(o.id) AS occurrences
                        FROM commitment c JOIN pledge p ON p.id = c.pledge_id
                        LEFT JOIN occurrence_report o ON o.commitment_id = c.id
                        WHERE p.registration_number = ? AND c.draft_round = (SELECT MAX(draft_round) FROM commitment WHERE pledge_id = p.id)
                        GROUP BY c.id, c.position, c.party, c.promise, c.target_quantity, c.target_unit, c.due_date
                        ORDER BY c.position""")
                .param(registrationNumber)
                .query((rs, row) -> new CommitmentProgress(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("party"),
                        rs.getString("promise"),
                        (Long) rs.getObject("target_quantity", Long.class),
                        rs.getString("target_unit"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getLong("reported"),
                        rs.getInt("occurrences")))
                .list();
    }

    /** The commitments of the pledge's latest draft round, in order, with their case-file ids: what is signed. */
    public List<Commitment> latestRound(String registrationNumber) {
        return jdbc.sql("""
                        SELECT c.id, c.party, c.promise, c.measure_type, c.target_quantity, c.target_unit, c.due_date, c.indicator,
                               c.organisation_id
                        FROM commitment c JOIN pledge p ON p.id = c.pledge_id
                        WHERE p.registration_number = ? AND c.draft_round = (SELECT MAX(draft_round) FROM commitment WHERE pledge_id = p.id)
                        ORDER BY c.position""")
                .param(registrationNumber)
                .query((rs, row) -> wording(rs, rs.getLong("id")))
                .list();
    }

    /**
     * A commitment's wording from a row with the commitment table's columns (a revision's change rows have them too),
     * under the given id.
     */
    static Commitment wording(ResultSet rs, Long id) throws SQLException {
        return new Commitment(
                id,
                rs.getString("party"),
                rs.getString("promise"),
                rs.getString("measure_type"),
                (Long) rs.getObject("target_quantity", Long.class),
                rs.getString("target_unit"),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("indicator"),
                (Long) rs.getObject("organisation_id", Long.class));
    }

    public void recordApproval(String registrationNumber, Approval approval, String actor, Instant at) {
        long id = events.pledgeId(registrationNumber);
        int round = jdbc.sql("SELECT COALESCE(MAX(draft_round), 0) FROM commitment WHERE pledge_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                INSERT INTO approval (pledge_id, draft_round, party, decision, signatory, comment, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        round,
                        approval.party(),
                        approval.decision(),
                        approval.signatory(),
                        approval.comment(),
                        actor,
                        timestamp(at))
                .update();
        String party = approval.party().equals("police") ? "Polisen" : "Kommunen";
        events.append(id, "approval", answerInWords(party, approval, round), actor, at);
    }

    /** A co-signing organisation's answer to the latest draft round, with its name for the timeline. */
    public void recordCoSignerApproval(
            String registrationNumber,
            long organisationId,
            String organisationName,
            Approval approval,
            String actor,
            Instant at) {
        long id = events.pledgeId(registrationNumber);
        int round = latestRound(id);
        jdbc.sql("""
                INSERT INTO co_signer_approval (pledge_id, draft_round, organisation_id, decision, signatory, comment,
                    decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        round,
                        organisationId,
                        approval.decision(),
                        approval.signatory(),
                        approval.comment(),
                        actor,
                        timestamp(at))
                .update();
        events.append(id, "approval", answerInWords(organisationName, approval, round), actor, at);
    }

    /** A signatory's answer to a draft round, as the timeline reads it. */
    private static String answerInWords(String who, Approval approval, int round) {
        return approval.decision().equals("approve")
                ? who + " godkände utkast " + round + "."
                : who + " begärde ändringar i utkast " + round + ": " + approval.comment();
    }

    /** A co-signer's signature on the latest draft round: its organisation and who signed. */
    public record CoSignerSignature(long organisationId, String signatory) {}

    /** The co-signers that approved the pledge's latest draft round, in the order they answered. */
    public List<CoSignerSignature> coSignerSignatures(String registrationNumber) {
        long id = events.pledgeId(registrationNumber);
        return jdbc.sql("""
                        SELECT organisation_id, signatory FROM co_signer_approval
                        WHERE pledge_id = ? AND draft_round = ? AND decision = 'approve' ORDER BY decided_at, id""")
                .params(id, latestRound(id))
                .query((rs, row) -> new CoSignerSignature(rs.getLong("organisation_id"), rs.getString("signatory")))
                .list();
    }

    private int latestRound(long pledgeId) {
        return jdbc.sql("SELECT COALESCE(MAX(draft_round), 0) FROM commitment WHERE pledge_id = ?")
                .param(pledgeId)
                .query(Integer.class)
                .single();
    }

    public void measureStarted(long commitmentId, String processInstanceId, Instant at) {
        jdbc.sql("UPDATE commitment SET status = 'in-progress', measure_process_instance_id = ? WHERE id = ?")
                .params(processInstanceId, commitmentId)
                .update();
        events.append(
                pledgeOf(commitmentId), "measure-started", "Åtgärd startades: " + promise(commitmentId), null, at);
    }

    public void measureRouted(long commitmentId, String responsibleGroup) {
        jdbc.sql("UPDATE commitment SET responsible_group = ? WHERE id = ?")
                .params(responsibleGroup, commitmentId)
                .update();
    }

    public void recordOccurrence(long commitmentId, Occurrence occurrence, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO occurrence_report (commitment_id, occurred_on, participants, hours, quantity, observations,
                    reported_by, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        commitmentId,
                        occurrence.date(),
                        occurrence.participants(),
                        occurrence.hours(),
                        occurrence.quantity(),
                        occurrence.observations(),
                        actor,
                        timestamp(at))
                .update();
        events.append(
                pledgeOf(commitmentId),
                "occurrence",
                "Genomförande " + occurrence.date() + " rapporterades (" + occurrence.participants() + " deltagare): "
                        + promise(commitmentId),
                actor,
                at);
    }

    public void closeMeasure(long commitmentId, String outcome, String reason, String actor, Instant at) {
        jdbc.sql("UPDATE commitment SET status = ?, outcome_reason = ? WHERE id = ?")
                .params(outcome, reason, commitmentId)
                .update();
        events.append(
                pledgeOf(commitmentId),
                "measure-closed",
                "Åtgärden avslutades som " + outcomeLabel(outcome) + ": " + promise(commitmentId),
                actor,
                at);
    }

    public void recordOverdueHandling(long commitmentId, String action, String note, String actor, Instant at) {
        events.append(
                pledgeOf(commitmentId), "overdue", "Försenad åtgärd hanterades (" + action + "): " + note, actor, at);
    }

    /**
     * Measures still running when the pledge is closed or its period ends are stopped. (A revision stops only the
     * measures it withdraws: see {@link RevisionRecords}.)
     */
    public void stopRunningMeasures(String registrationNumber, Instant at) {
        long id = events.pledgeId(registrationNumber);
        int stopped = jdbc.sql(
                        "UPDATE commitment SET status = 'stopped' WHERE pledge_id = ? AND status = 'in-progress'")
                .param(id)
                .update();
        if (stopped > 0) {
            events.append(id, "measures-stopped", stopped + " pågående åtgärder avbröts.", null, at);
        }
    }

    private long pledgeOf(long commitmentId) {
        return jdbc.sql("SELECT pledge_id FROM commitment WHERE id = ?")
                .param(commitmentId)
                .query(Long.class)
                .single();
    }

    private String promise(long commitmentId) {
        return jdbc.sql("SELECT promise FROM commitment WHERE id = ?")
                .param(commitmentId)
                .query(String.class)
                .single();
    }

    static String outcomeLabel(String outcome) {
        return switch (outcome) {
            case "done" -> "genomförd";
            case "partly-done" -> "delvis genomförd";
            case "not-done" -> "ej genomförd";
            default -> outcome;
        };
    }
}
