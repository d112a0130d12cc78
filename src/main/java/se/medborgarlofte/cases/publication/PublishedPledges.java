package se.medborgarlofte.cases.publication;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.MunicipalDecision;
import se.medborgarlofte.cases.CaseQueries;
import se.medborgarlofte.cases.document.Labels;
import se.medborgarlofte.system.CaseCalendar;

/**
 * What the citizens may read of the pledges: only pledges that are signed and communicated, and of those only the
 * public parts, each read by a query that selects nothing else (no situation picture, no internal comment, no
 * member's position, no officer but the signatories). The case pages' queries are not used here, so that a field
 * added to the case for officers cannot reach the public by accident.
 */
@Component
@RequiredArgsConstructor
public class PublishedPledges {

    /** Signed and communicated to the citizens: the moment a pledge becomes public. */
    static final String PUBLISHED = "p.signed_on IS NOT NULL AND p.communicated_on IS NOT NULL";

    public static final int PAGE_SIZE = 50;

    /** The public columns of a published pledge. */
    private static final String PLEDGE = "SELECT p.id, p.registration_number, p.title, p.area, p.period_start,"
            + " p.period_end, p.status, p.pledge_text, p.background, p.area_description, p.target_group, p.signed_on, p.signatories,"
            + " p.municipal_decision_body, p.municipal_decision_on, p.municipal_registry_number,"
            + " p.communicated_on FROM pledge p WHERE " + PUBLISHED;

    /** Running pledges first, then concluded ones; the newest period first. */
    private static final String ORDER =
            " ORDER BY CASE WHEN p.status = 'active' THEN 0 ELSE 1 END, p.period_start DESC,"
                    + " p.registration_number DESC";

    private final JdbcClient jdbc;
    private final CaseCalendar calendar;

    public record Listed(
            String registrationNumber,
            String title,
            String area,
            LocalDate periodStart,
            LocalDate periodEnd,
            boolean running) {}

    public record Listing(List<Listed> pledges, long total, int page, int pages) {}

    public record Published(
            Listed summary,
            String pledgeText,
            String background,
            String areaDescription,
            String targetGroup,
            LocalDate signedOn,
            String signatories,
            MunicipalDecision municipalDecision,
            LocalDate communicatedOn,
            List<String> parties,
            List<PublicCommitment> commitments,
            List<PublicFeedback> feedback) {

        /** Each party's promises, the parties in the order of the pledge document. */
        public Map<String, List<PublicCommitment>> promisesByParty() {
            Map<String, List<PublicCommitment>> byParty = new LinkedHashMap<>();
            for (String party : Labels.partyOrder()) {
                List<PublicCommitment> ofParty = commitments.stream()
                        .filter(commitment -> commitment.party().equals(party))
                        .toList();
                if (!ofParty.isEmpty()) {
                    byParty.put(party, ofParty);
                }
            }
            return byParty;
        }
    }

    /**
     * A promise and how far it has come: the target against the quantity the occurrence reports add up to, and, once
     * the measure is closed, its outcome and the reason given for it.
     */
    public record PublicCommitment(
            int position,
            String party,
            String promise,
            Long target,
            String unit,
            long done,
            LocalDate dueDate,
            String status,
            String outcomeReason) {

        /** Done against target, 0–100; null without a target in numbers. */
        @JsonProperty("percent")
        public Integer percent() {
            return target == null || target == 0 ? null : (int) Math.min(100, done * 100 / target);
        }
    }

    /**
     * Feedback to the citizens as published: after a follow-up (its number) or the final one; what was done, what
     * changes, and the steering group's decision in public words.
     */
    public record PublicFeedback(
            String kind, Integer followUpNumber, LocalDate publishedOn, String done, String changes, String decision) {

        public String heading() {
            return followUpNumber == null ? "Slutlig återkoppling" : "Efter uppföljning " + followUpNumber;
        }
    }

    /** The published feedback with the number of its follow-up, oldest first; {@code %s} takes a further condition. */
    private static final String FEEDBACK = """
            SELECT f.pledge_id, f.kind, u.follow_up_number, f.published_at, f.done_text, f.changes_text, f.decision_text
            FROM public_feedback f JOIN pledge p ON p.id = f.pledge_id LEFT JOIN follow_up u ON u.id = f.follow_up_id
            WHERE %s%s ORDER BY f.published_at, f.id""";

    /** Running pledges first, then concluded ones; newest period first; filtered by area (part of its name). */
    public Listing list(String area, int page) {
        String filter = area == null || area.isBlank() ? "" : " AND LOWER(p.area) LIKE ? ESCAPE '\\'";
        Object[] parameters = filter.isEmpty() ? new Object[0] : new Object[] {CaseQueries.containing(area.trim())};
        long total = jdbc.sql("SELECT COUNT(*) FROM pledge p WHERE " + PUBLISHED + filter)
                .params(parameters)
                .query(Long.class)
                .single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        List<Listed> pledges = jdbc.sql("SELECT p.registration_number, p.title, p.area, p.period_start, p.period_end,"
                        + " p.status FROM pledge p WHERE " + PUBLISHED + filter
                        + ORDER + " LIMIT " + PAGE_SIZE + " OFFSET " + (long) shown * PAGE_SIZE)
                .params(parameters)
                .query((rs, n) -> listed(rs))
                .list();
        return new Listing(pledges, total, shown, pages);
    }

    public Optional<Published> find(String registrationNumber) {
        return jdbc.sql(PLEDGE + " AND p.registration_number = ?")
                .param(registrationNumber)
                .query((rs, n) -> published(
                        rs,
                        parties(rs.getLong("id")),
                        commitments(rs.getLong("id")),
                        feedback(" AND p.id = ?", rs.getLong("id")).getOrDefault(rs.getLong("id"), List.of())))
                .optional();
    }

    /**
     * Every published pledge with its promises, for the open data: three queries in all (pledges, parties,
     * commitments), however many pledges there are.
     */
    public List<Published> all() {
        Map<Long, List<String>> parties = new HashMap<>();
        jdbc.sql("SELECT pp.pledge_id, pp.party FROM pledge_party pp JOIN pledge p ON p.id = pp.pledge_id WHERE "
                        + PUBLISHED + " ORDER BY pp.party")
                .query(rs -> {
                    parties.computeIfAbsent(rs.getLong("pledge_id"), id -> new ArrayList<>())
                            .add(rs.getString("party"));
                });
        Map<Long, List<PublicCommitment>> commitments = new HashMap<>();
        jdbc.sql("""
                SELECT c.pledge_id, c.position, c.party, c.promise, c.target_quantity, c.target_unit, c.due_date,
                       c.status, c.outcome_reason,
                       (SELECT COALESCE(SUM(o.quantity), 0) FROM occurrence_report o WHERE o.commitment_id = c.id) AS done
                FROM commitment c JOIN pledge p ON p.id = c.pledge_id
                WHERE %s AND c.draft_round = (SELECT MAX(draft_round) FROM commitment WHERE pledge_id = c.pledge_id)
                ORDER BY c.pledge_id, c.position""".formatted(PUBLISHED)).query(rs -> {
            commitments
                    .computeIfAbsent(rs.getLong("pledge_id"), id -> new ArrayList<>())
                    .add(commitment(rs));
        });
        Map<Long, List<PublicFeedback>> feedback = feedback("");
        return jdbc.sql(PLEDGE + ORDER)
                .query((rs, n) -> published(
                        rs,
                        parties.getOrDefault(rs.getLong("id"), List.of()),
                        commitments.getOrDefault(rs.getLong("id"), List.of()),
                        feedback.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static Published published(
            ResultSet rs, List<String> parties, List<PublicCommitment> commitments, List<PublicFeedback> feedback)
            throws SQLException {
        return new Published(
                listed(rs),
                rs.getString("pledge_text"),
                rs.getString("background"),
                rs.getString("area_description"),
                rs.getString("target_group"),
                rs.getObject("signed_on", LocalDate.class),
                rs.getString("signatories"),
                MunicipalDecision.of(
                        rs.getString("municipal_decision_body"),
                        rs.getObject("municipal_decision_on", LocalDate.class),
                        rs.getString("municipal_registry_number")),
                rs.getObject("communicated_on", LocalDate.class),
                parties,
                commitments,
                feedback);
    }

    /** The published feedback of the published pledges (those matching {@code condition}), by pledge id. */
    private Map<Long, List<PublicFeedback>> feedback(String condition, Object... parameters) {
        Map<Long, List<PublicFeedback>> feedback = new HashMap<>();
        jdbc.sql(FEEDBACK.formatted(PUBLISHED, condition)).params(parameters).query(rs -> {
            feedback.computeIfAbsent(rs.getLong("pledge_id"), id -> new ArrayList<>())
                    .add(new PublicFeedback(
                            rs.getString("kind"),
                            rs.getObject("follow_up_number", Integer.class),
                            calendar.day(rs.getTimestamp("published_at").toInstant()),
                            rs.getString("done_text"),
                            rs.getString("changes_text"),
                            rs.getString("decision_text")));
        });
        return feedback;
    }

    /** Whether the pledge is published; the public document is served only for those. */
    public boolean isPublished(String registrationNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM pledge p WHERE p.registration_number = ? AND " + PUBLISHED)
                        .param(registrationNumber)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private List<String> parties(long pledgeId) {
        return jdbc.sql("SELECT party FROM pledge_party WHERE pledge_id = ? ORDER BY party")
                .param(pledgeId)
                .query(String.class)
                .list();
    }

    /** The commitments of the signed round (the latest), in their order. */
    private List<PublicCommitment> commitments(long pledgeId) {
        return jdbc.sql("""
                SELECT c.position, c.party, c.promise, c.target_quantity, c.target_unit, c.due_date, c.status,
                       c.outcome_reason,
                       (SELECT COALESCE(SUM(o.quantity), 0) FROM occurrence_report o WHERE o.commitment_id = c.id) AS done
                FROM commitment c
                WHERE c.pledge_id = ? AND c.draft_round = (SELECT MAX(draft_round) FROM commitment WHERE pledge_id = ?)
                ORDER BY c.position""")
                .params(pledgeId, pledgeId)
                .query((rs, n) -> commitment(rs))
                .list();
    }

    private static PublicCommitment commitment(ResultSet rs) throws SQLException {
        return new PublicCommitment(
                rs.getInt("position"),
                rs.getString("party"),
                rs.getString("promise"),
                rs.getObject("target_quantity", Long.class),
                rs.getString("target_unit"),
                rs.getLong("done"),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("status"),
                rs.getString("outcome_reason"));
    }

    private static Listed listed(ResultSet rs) throws SQLException {
        return new Listed(
                rs.getString("registration_number"),
                rs.getString("title"),
                rs.getString("area"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                "active".equals(rs.getString("status")));
    }
}
