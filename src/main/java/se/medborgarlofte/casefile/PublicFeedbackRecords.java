package se.medborgarlofte.casefile;

import static se.medborgarlofte.casefile.CaseEvents.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The feedback published to the citizens (återkoppling) in the case file: one after each steering decision on a
 * regular follow-up, and the final one. {@link #ofPledge} is what the public pages read.
 */
@Component
@RequiredArgsConstructor
public class PublicFeedbackRecords {

    private final JdbcClient jdbc;
    private final CaseEvents events;

    /** The steering group's latest decision on a pledge, with the follow-up it decided on. */
    public record DecidedFollowUp(long followUpId, int followUpNumber, String decision) {}

    /** Every feedback published for the pledge, oldest first. */
    public List<PublicFeedback> ofPledge(long pledgeId) {
        return jdbc.sql("""
                SELECT pf.kind, f.follow_up_number, pf.published_at, pf.done_text, pf.changes_text, pf.decision_text
                FROM public_feedback pf LEFT JOIN follow_up f ON f.id = pf.follow_up_id
                WHERE pf.pledge_id = ? ORDER BY pf.published_at, pf.id""").param(pledgeId).query((rs, n) -> feedback(rs)).list();
    }

    /** Every feedback published for the pledge with this registration number, oldest first; none for an unknown one. */
    public List<PublicFeedback> ofPledge(String registrationNumber) {
        return jdbc.sql("SELECT id FROM pledge WHERE registration_number = ?")
                .param(registrationNumber)
                .query(Long.class)
                .optional()
                .map(this::ofPledge)
                .orElse(List.of());
    }

    /** The pledge's latest steering decision on a follow-up, if it has one. */
    public Optional<DecidedFollowUp> latestDecision(String registrationNumber) {
        return jdbc
                .sql("""
                SELECT d.follow_up_id, f.follow_up_number, d.decision FROM steering_decision d
                JOIN follow_up f ON f.id = d.follow_up_id
                WHERE d.pledge_id = ? AND d.subject = 'follow-up' ORDER BY d.decided_at DESC, d.id DESC""")
                .param(events.pledgeId(registrationNumber))
                .query((rs, n) -> new DecidedFollowUp(
                        rs.getLong("follow_up_id"), rs.getInt("follow_up_number"), rs.getString("decision")))
                .list()
                .stream()
                .findFirst();
    }

    /** Records the feedback on one follow-up and its steering decision, with an entry in the timeline. */
    public void recordFollowUpFeedback(
            String registrationNumber,
            long followUpId,
            String done,
            String changes,
            String decision,
            String actor,
            Instant at) {
        long pledgeId = events.pledgeId(registrationNumber);
        Integer number = jdbc.sql("SELECT follow_up_number FROM follow_up WHERE id = ? AND pledge_id = ?")
                .params(followUpId, pledgeId)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException(
                        "Follow-up " + followUpId + " is not one of pledge " + registrationNumber));
        insert(pledgeId, followUpId, PublicFeedback.FOLLOW_UP, done, changes, decision, actor, at);
        events.append(
                pledgeId,
                "public-feedback",
                "Återkopplingen av uppföljning " + number + " publicerades för medborgarna.",
                actor,
                at);
    }

    /**
     * Records the final feedback among the others. Its timeline entry is written with the pledge's own feedback
     * ({@link PledgeRegister#recordFeedback}).
     */
    public void recordFinalFeedback(String registrationNumber, String done, String decision, String actor, Instant at) {
        insert(events.pledgeId(registrationNumber), null, PublicFeedback.FINAL, done, null, decision, actor, at);
    }

    private void insert(
            long pledgeId,
            Long followUpId,
            String kind,
            String done,
            String changes,
            String decision,
            String actor,
            Instant at) {
        jdbc.sql("""
                INSERT INTO public_feedback (pledge_id, follow_up_id, kind, done_text, changes_text, decision_text,
                    published_at, written_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(pledgeId, followUpId, kind, done, changes, decision, timestamp(at), actor)
                .update();
    }

    private static PublicFeedback feedback(ResultSet rs) throws SQLException {
        return new PublicFeedback(
                rs.getString("kind"),
                rs.getObject("follow_up_number", Integer.class),
                rs.getTimestamp("published_at").toInstant(),
                rs.getString("done_text"),
                rs.getString("changes_text"),
                rs.getString("decision_text"));
    }
}
