package se.medborgarlofte.steering;

import static se.medborgarlofte.casefile.CaseEvents.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.casefile.CaseRecords.Assessment;
import se.medborgarlofte.casefile.SteeringSubject;
import se.medborgarlofte.system.CaseCalendar;

/**
 * The steering reviews in the case file: what the steering group decides on (a follow-up, the focus areas, the
 * renewal), who takes part, each member's position, and the decision taken.
 */
@Component
@RequiredArgsConstructor
public class SteeringReviews {

    private final JdbcClient jdbc;

    private final CaseEvents events;
    private final CaseCalendar calendar;

    /** Opens the review of the pledge's latest follow-up by these members, until the deadline; returns its id. */
    public long open(String registrationNumber, List<Member> members, int quorum, Instant deadline, Instant at) {
        return open(registrationNumber, SteeringSubject.FOLLOW_UP, members, quorum, deadline, at);
    }

    /**
     * Opens a review by these members, until the deadline: of the pledge's latest follow-up, of its focus areas or of
     * its renewal; returns its id.
     */
    public long open(
            String registrationNumber,
            SteeringSubject subject,
            List<Member> members,
            int quorum,
            Instant deadline,
            Instant at) {
        long pledgeId = events.pledgeId(registrationNumber);
        Long followUp = subject == SteeringSubject.FOLLOW_UP
                ? jdbc.sql("SELECT MAX(id) FROM follow_up WHERE pledge_id = ?")
                        .param(pledgeId)
                        .query(Long.class)
                        .single()
                : null;
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO steering_review (pledge_id, follow_up_id, subject, members, quorum, deadline, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(pledgeId, followUp, subject.id(), members.size(), quorum, timestamp(deadline), timestamp(at))
                .update(keys, "id");
        long reviewId = keys.getKey().longValue();
        for (Member member : members) {
            jdbc.sql("INSERT INTO steering_position (review_id, member, member_name) VALUES (?, ?, ?)")
                    .params(reviewId, member.id(), member.name())
                    .update();
        }
        events.append(
                pledgeId,
                "review-opened",
                "Styrgruppens %s öppnades för %d ledamöter; beslut när %d har svarat, senast %s."
                        .formatted(subject.label(), members.size(), quorum, calendar.lastDayBefore(deadline)),
                null,
                at);
        return reviewId;
    }

    /**
     * Records one member's answer. A member answers once, only in a review they were asked to take part in, and only
     * with a decision that the review's subject allows.
     */
    public void recordPosition(
            long reviewId, String member, String decision, String comment, List<Assessment> assessments, Instant at) {
        SteeringSubject subject = subject(reviewId);
        if (!subject.decisions().contains(decision)) {
            throw new IllegalArgumentException(
                    "'%s' är inget beslut i styrgruppens %s.".formatted(decision, subject.label()));
        }
        int updated = jdbc.sql("""
                UPDATE steering_position SET decision = ?, comment = ?, answered_at = ?
                WHERE review_id = ? AND member = ? AND answered_at IS NULL""")
                .params(decision, comment, timestamp(at), reviewId, member)
                .update();
        if (updated == 0) {
            throw new IllegalStateException(
                    "%s är inte ledamot i granskningen eller har redan svarat.".formatted(member));
        }
        for (int index = 0; index < assessments.size(); index++) {
            jdbc.sql(
                            "INSERT INTO position_assessment (review_id, member, position, promise, assessment) VALUES (?, ?, ?, ?, ?)")
                    .params(
                            reviewId,
                            member,
                            index + 1,
                            assessments.get(index).promise(),
                            assessments.get(index).assessment())
                    .update();
        }
        events.append(
                pledgeId(reviewId),
                "review-position",
                "%s svarade i styrgruppens %s: %s.".formatted(member, subject.label(), subject.label(decision)),
                member,
                at);
    }

    /** Records the consolidated decision of the review, with the assessment of each commitment. */
    public void recordDecision(long reviewId, SteeringVerdict verdict, String comment, Instant at) {
        long pledgeId = pledgeId(reviewId);
        SteeringSubject subject = subject(reviewId);
        jdbc.sql("""
                INSERT INTO steering_decision (pledge_id, follow_up_id, subject, decision, comment, decided_by, decided_at, review_id, decided_when)
                SELECT pledge_id, follow_up_id, subject, ?, ?, NULL, ?, id, ? FROM steering_review WHERE id = ?""")
                .params(verdict.decision(), comment, timestamp(at), verdict.decidedWhen(), reviewId)
                .update();
        long decisionId = jdbc.sql("SELECT id FROM steering_decision WHERE review_id = ?")
                .param(reviewId)
                .query(Long.class)
                .single();
        for (int index = 0; index < verdict.assessments().size(); index++) {
            Assessment assessment = verdict.assessments().get(index);
            jdbc.sql(
                            "INSERT INTO commitment_assessment (decision_id, position, promise, assessment) VALUES (?, ?, ?, ?)")
                    .params(decisionId, index + 1, assessment.promise(), assessment.assessment())
                    .update();
        }
        events.append(
                pledgeId,
                switch (subject) {
                    case FOLLOW_UP -> "decision";
                    case FOCUS_AREAS -> "focus-areas";
                    case RENEWAL -> "renewal-decision";
                },
                "Styrgruppen beslutade: " + subject.label(verdict.decision()) + ". " + comment,
                null,
                at);
    }

    public ReviewRound round(long reviewId) {
        return find(reviewId).orElseThrow(() -> new IllegalStateException("Granskning " + reviewId + " finns inte."));
    }

    private Optional<ReviewRound> find(long reviewId) {
        Map<String, List<Assessment>> assessments = new HashMap<>();
        jdbc.sql("SELECT * FROM position_assessment WHERE review_id = ? ORDER BY member, position")
                .param(reviewId)
                .query((ResultSet rs) -> {
                    assessments
                            .computeIfAbsent(rs.getString("member"), key -> new ArrayList<>())
                            .add(new Assessment(rs.getString("promise"), rs.getString("assessment")));
                });
        List<Position> positions = jdbc.sql(
                        "SELECT * FROM steering_position WHERE review_id = ? ORDER BY member_name, member")
                .param(reviewId)
                .query((rs, n) -> new Position(
                        rs.getString("member"),
                        rs.getString("member_name"),
                        rs.getString("decision"),
                        rs.getString("comment"),
                        assessments.getOrDefault(rs.getString("member"), List.of()),
                        instant(rs, "answered_at")))
                .list();
        return jdbc.sql("SELECT subject, members, quorum FROM steering_review WHERE id = ?")
                .param(reviewId)
                .query((rs, n) -> new ReviewRound(
                        SteeringSubject.of(rs.getString("subject")),
                        rs.getInt("members"),
                        rs.getInt("quorum"),
                        positions))
                .optional();
    }

    private SteeringSubject subject(long reviewId) {
        return SteeringSubject.of(jdbc.sql("SELECT subject FROM steering_review WHERE id = ?")
                .param(reviewId)
                .query(String.class)
                .single());
    }

    private long pledgeId(long reviewId) {
        return jdbc.sql("SELECT pledge_id FROM steering_review WHERE id = ?")
                .param(reviewId)
                .query(Long.class)
                .single();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
