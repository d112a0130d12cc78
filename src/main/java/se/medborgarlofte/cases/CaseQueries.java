package se.medborgarlofte.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CommitmentProgress;
import se.medborgarlofte.casefile.EffectGoalRecords;
import se.medborgarlofte.casefile.MunicipalDecision;
import se.medborgarlofte.casefile.PublicFeedbackRecords;
import se.medborgarlofte.casefile.Stages;
import se.medborgarlofte.casefile.SteeringSubject;
import se.medborgarlofte.cases.CaseViews.ApprovalView;
import se.medborgarlofte.cases.CaseViews.AssessmentView;
import se.medborgarlofte.cases.CaseViews.CitizenDialogueView;
import se.medborgarlofte.cases.CaseViews.CommitmentView;
import se.medborgarlofte.cases.CaseViews.DecisionView;
import se.medborgarlofte.cases.CaseViews.FollowUpView;
import se.medborgarlofte.cases.CaseViews.IndicatorPoint;
import se.medborgarlofte.cases.CaseViews.Page;
import se.medborgarlofte.cases.CaseViews.PledgeCase;
import se.medborgarlofte.cases.CaseViews.PledgeSummary;
import se.medborgarlofte.cases.CaseViews.PositionView;
import se.medborgarlofte.cases.CaseViews.ProblemView;
import se.medborgarlofte.cases.CaseViews.SituationPictureView;
import se.medborgarlofte.cases.CaseViews.TimelineEvent;
import se.medborgarlofte.system.CaseCalendar;

/** Reads the case file: the pledge list, one whole case, its timeline and its indicators. */
@Component
@RequiredArgsConstructor
public class CaseQueries {

    private final JdbcClient jdbc;

    private static final String SUMMARY_COLUMNS = """
            p.id, p.registration_number, p.title, p.area, p.period_start, p.period_end, p.stage, p.status, p.signed_on""";

    private final OpenTasks openTasks;
    private final CaseCalendar calendar;
    private final PublicFeedbackRecords publicFeedback;
    private final EffectGoalRecords effectGoals;

    public Page<PledgeSummary> list(PledgeFilter filter, int page, int size, PledgeSort sort, boolean ascending) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.stage() != null) {
            where.append(" AND p.stage = :stage");
            params.put("stage", filter.stage());
        }
        if (filter.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", filter.status());
        }
        if (filter.year() != null) {
            where.append(" AND p.registration_year = :year");
            params.put("year", filter.year());
        }
        if (filter.area() != null) {
            where.append(" AND LOWER(p.area) LIKE :area ESCAPE '\\'");
            params.put("area", containing(filter.area()));
        }
        if (filter.party() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM pledge_party pp WHERE pp.pledge_id = p.id AND pp.party = :party)");
            params.put("party", filter.party());
        }
        if (filter.text() != null) {
            where.append(
                    " AND (LOWER(p.registration_number) LIKE :text ESCAPE '\\' OR LOWER(p.title) LIKE :text ESCAPE '\\'"
                            + " OR LOWER(p.area) LIKE :text ESCAPE '\\' OR LOWER(p.background) LIKE :text ESCAPE '\\')");
            params.put("text", containing(filter.text()));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM pledge p" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Row> rows = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM pledge p" + where + " ORDER BY "
                        + sort.orderBy(ascending) + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(CaseQueries::row)
                .list();
        Map<Long, List<String>> parties = parties(rows.stream().map(Row::id).toList());
        List<PledgeSummary> items = rows.stream()
                .map(row -> row.summary(parties.getOrDefault(row.id(), List.of())))
                .toList();
        return new Page<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    public Optional<PledgeCase> find(String registrationNumber) {
        Optional<Loaded> found = jdbc.sql("SELECT * FROM pledge p WHERE p.registration_number = ?")
                .param(registrationNumber)
                .query((rs, n) -> new Loaded(row(rs, n), details(rs)))
                .optional();
        return found.map(loaded -> assemble(loaded, registrationNumber));
    }

    public boolean exists(String registrationNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM pledge WHERE registration_number = ?")
                        .param(registrationNumber)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The pledge's process instance in the engine, kept in the case file after the process has ended. */
    public Optional<String> processInstanceId(String registrationNumber) {
        return jdbc.sql("SELECT process_instance_id FROM pledge WHERE registration_number = ?")
                .param(registrationNumber)
                .query(String.class)
                .optional();
    }

    /** The process instances of those of these pledges that still run, by registration number. */
    public Map<String, String> runningProcessInstances(Collection<String> registrationNumbers) {
        if (registrationNumbers.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT registration_number, process_instance_id FROM pledge"
                        + " WHERE status = 'active' AND registration_number IN (:numbers)")
                .param("numbers", registrationNumbers)
                .query((rs, n) -> Map.entry(rs.getString("registration_number"), rs.getString("process_instance_id")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public List<TimelineEvent> timeline(String registrationNumber) {
        return jdbc.sql("""
                SELECT e.occurred_at, e.actor, e.event_type, e.description FROM case_event e JOIN pledge p ON p.id = e.pledge_id
                WHERE p.registration_number = ? ORDER BY e.occurred_at, e.id""")
                .param(registrationNumber)
                .query((rs, n) -> new TimelineEvent(
                        instant(rs, "occurred_at"),
                        rs.getString("actor"),
                        rs.getString("event_type"),
                        rs.getString("description")))
                .list();
    }

    public List<IndicatorPoint> indicators(String registrationNumber) {
        return followUps(pledgeId(registrationNumber)).stream()
                .map(f -> new IndicatorPoint(
                        f.number(),
                        f.kind(),
                        f.compiledAt(),
                        f.safetyIndex(),
                        f.shareFeelingUnsafe(),
                        f.shareVictimised(),
                        f.reportedCrimes(),
                        f.activityParticipants()))
                .toList();
    }

    private PledgeCase assemble(Loaded loaded, String registrationNumber) {
        long id = loaded.row().id();
        Details d = loaded.details();
        return new PledgeCase(
                loaded.row().summary(parties(List.of(id)).getOrDefault(id, List.of())),
                d.areaDescription(),
                d.targetGroup(),
                d.background(),
                d.pledgeText(),
                d.jointSituationPicture(),
                d.signatories(),
                d.communicatedOn(),
                d.communicationChannels(),
                d.feedbackOn(),
                d.feedbackSummary(),
                d.renewedFrom(),
                d.renewedAs(),
                situationPictures(id),
                citizenDialogues(id),
                problems(id),
                commitments(id),
                openTasks.of(registrationNumber),
                approvals(id),
                followUps(id),
                decisions(id),
                publicFeedback.ofPledge(id),
                d.municipalDecision(),
                effectGoals.series(registrationNumber));
    }

    private static Details details(ResultSet rs) throws SQLException {
        String channels = rs.getString("communication_channels");
        return new Details(
                rs.getString("area_description"),
                rs.getString("target_group"),
                rs.getString("background"),
                rs.getString("pledge_text"),
                rs.getString("joint_situation_picture"),
                rs.getString("signatories"),
                rs.getObject("communicated_on", LocalDate.class),
                channels == null || channels.isBlank() ? List.of() : Arrays.asList(channels.split(",")),
                rs.getObject("feedback_on", LocalDate.class),
                rs.getString("feedback_summary"),
                rs.getString("renewed_from"),
                rs.getString("renewed_as"),
                MunicipalDecision.of(
                        rs.getString("municipal_decision_body"),
                        rs.getObject("municipal_decision_on", LocalDate.class),
                        rs.getString("municipal_registry_number")));
    }

    /** The pledge row of one case, read once: its summary and the rest of its own columns. */
    private record Loaded(Row row, Details details) {}

    private record Details(
            String areaDescription,
            String targetGroup,
            String background,
            String pledgeText,
            String jointSituationPicture,
            String signatories,
            LocalDate communicatedOn,
            List<String> communicationChannels,
            LocalDate feedbackOn,
            String feedbackSummary,
            String renewedFrom,
            String renewedAs,
            MunicipalDecision municipalDecision) {}

    private List<SituationPictureView> situationPictures(long pledgeId) {
        return jdbc.sql("SELECT * FROM situation_picture WHERE pledge_id = ? ORDER BY source DESC")
                .param(pledgeId)
                .query((rs, n) -> new SituationPictureView(
                        rs.getString("source"),
                        rs.getString("what_happens"),
                        rs.getString("places"),
                        rs.getString("times"),
                        rs.getString("frequency"),
                        rs.getString("trend"),
                        rs.getString("findings"),
                        (Integer) rs.getObject("reported_crimes_baseline", Integer.class),
                        rs.getString("recorded_by"),
                        instant(rs, "recorded_at")))
                .list();
    }

    private List<CitizenDialogueView> citizenDialogues(long pledgeId) {
        return jdbc.sql("SELECT * FROM citizen_dialogue WHERE pledge_id = ? ORDER BY id")
                .param(pledgeId)
                .query((rs, n) -> new CitizenDialogueView(
                        rs.getString("method"),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getObject("period_end", LocalDate.class),
                        rs.getInt("participants"),
                        rs.getString("concerns")))
                .list();
    }

    private List<ProblemView> problems(long pledgeId) {
        return jdbc.sql("SELECT * FROM prioritised_problem WHERE pledge_id = ? ORDER BY position")
                .param(pledgeId)
                .query((rs, n) -> new ProblemView(
                        rs.getInt("position"),
                        rs.getString("problem"),
                        rs.getString("place"),
                        rs.getString("cause_analysis")))
                .list();
    }

    /**
     * The commitments a signed revision withdrew: their measures were stopped with the reason (shown to the citizens as
     * stopped), and they are no longer part of what the pledge promises.
     */
    public java.util.Set<Long> withdrawnCommitments(String registrationNumber) {
        return new java.util.HashSet<>(
                jdbc.sql("""
                        SELECT rc.commitment_id FROM commitment_revision_change rc
                        JOIN commitment_revision r ON r.id = rc.revision_id JOIN pledge p ON p.id = r.pledge_id
                        WHERE p.registration_number = ? AND rc.kind = 'withdraw' AND r.status = 'applied'""").param(registrationNumber).query(Long.class).list());
    }

    /**
     * The commitments of the latest draft round, with the organisation each names and what their occurrence reports
     * add up to (summed per commitment in subqueries, so that the commitment's columns need no grouping).
     */
    private List<CommitmentView> commitments(long pledgeId) {
        LocalDate today = calendar.today();
        return jdbc.sql("""
                SELECT c.*, org.name AS organisation_name,
                       (SELECT COALESCE(SUM(o.quantity), 0) FROM occurrence_report o WHERE o.commitment_id = c.id)
                           AS reported,
                       (SELECT COUNT(*) FROM occurrence_report o WHERE o.commitment_id = c.id) AS occurrences,
                       (SELECT COALESCE(SUM(o.participants), 0) FROM occurrence_report o WHERE o.commitment_id = c.id)
                           AS participants
                FROM commitment c LEFT JOIN organisation org ON org.id = c.organisation_id
                WHERE c.pledge_id = ? AND c.draft_round = (SELECT MAX(draft_round) FROM commitment WHERE pledge_id = ?)
                ORDER BY c.position""")
                .params(pledgeId, pledgeId)
                .query((rs, n) -> {
                    Long target = rs.getObject("target_quantity", Long.class);
                    long reported = rs.getLong("reported");
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    String status = rs.getString("status");
                    boolean open = status.equals("in-progress") || status.equals("drafted");
                    return new CommitmentView(
                            rs.getLong("id"),
                            rs.getInt("position"),
                            rs.getString("party"),
                            rs.getString("organisation_name"),
                            rs.getString("promise"),
                            rs.getString("measure_type"),
                            target,
                            rs.getString("target_unit"),
                            reported,
                            rs.getInt("occurrences"),
                            rs.getLong("participants"),
                            CommitmentProgress.percent(reported, target),
                            due,
                            open && due.isBefore(today),
                            rs.getString("indicator"),
                            rs.getString("responsible_group"),
                            status,
                            rs.getString("outcome_reason"));
                })
                .list();
    }

    private List<ApprovalView> approvals(long pledgeId) {
        return jdbc.sql("SELECT * FROM approval WHERE pledge_id = ? ORDER BY decided_at, id")
                .param(pledgeId)
                .query((rs, n) -> new ApprovalView(
                        rs.getInt("draft_round"),
                        rs.getString("party"),
                        rs.getString("decision"),
                        rs.getString("signatory"),
                        rs.getString("comment"),
                        rs.getString("decided_by"),
                        instant(rs, "decided_at")))
                .list();
    }

    private List<FollowUpView> followUps(long pledgeId) {
        return jdbc.sql("SELECT * FROM follow_up WHERE pledge_id = ? ORDER BY follow_up_number")
                .param(pledgeId)
                .query((rs, n) -> new FollowUpView(
                        rs.getInt("follow_up_number"),
                        rs.getString("kind"),
                        rs.getBigDecimal("safety_index"),
                        rs.getBigDecimal("share_feeling_unsafe"),
                        rs.getBigDecimal("share_victimised"),
                        rs.getObject("reported_crimes", Integer.class),
                        rs.getInt("activity_participants"),
                        rs.getString("reported_crimes_context"),
                        rs.getString("assessment"),
                        rs.getString("compiled_by"),
                        instant(rs, "compiled_at")))
                .list();
    }

    private List<DecisionView> decisions(long pledgeId) {
        Map<Long, List<AssessmentView>> assessments = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.* FROM commitment_assessment a JOIN steering_decision d ON d.id = a.decision_id
                WHERE d.pledge_id = ? ORDER BY a.decision_id, a.position""").param(pledgeId).query(rs -> {
            assessments
                    .computeIfAbsent(rs.getLong("decision_id"), key -> new ArrayList<>())
                    .add(new AssessmentView(
                            rs.getInt("position"), rs.getString("promise"), rs.getString("assessment")));
        });
        Map<Long, List<PositionView>> positions = positions(pledgeId);
        return jdbc.sql("""
                SELECT d.*, f.follow_up_number, r.members, r.quorum, r.deadline FROM steering_decision d
                LEFT JOIN follow_up f ON f.id = d.follow_up_id LEFT JOIN steering_review r ON r.id = d.review_id
                WHERE d.pledge_id = ? ORDER BY d.decided_at, d.id""")
                .param(pledgeId)
                .query((rs, row) -> new DecisionView(
                        row + 1,
                        rs.getString("decision"),
                        SteeringSubject.of(rs.getString("subject")).label(rs.getString("decision")),
                        rs.getString("comment"),
                        rs.getObject("follow_up_number", Integer.class),
                        assessments.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getString("decided_by"),
                        instant(rs, "decided_at"),
                        rs.getString("decided_when"),
                        rs.getObject("members", Integer.class),
                        rs.getObject("quorum", Integer.class),
                        instant(rs, "deadline"),
                        positions.getOrDefault(rs.getLong("id"), List.of()),
                        SteeringSubject.of(rs.getString("subject")).id(),
                        SteeringSubject.of(rs.getString("subject")).label()))
                .list();
    }

    /** The members' positions of each collective decision, by decision id. */
    private Map<Long, List<PositionView>> positions(long pledgeId) {
        Map<String, List<AssessmentView>> assessments = new HashMap<>();
        jdbc.sql("""
                SELECT a.* FROM position_assessment a JOIN steering_review r ON r.id = a.review_id
                WHERE r.pledge_id = ? ORDER BY a.review_id, a.member, a.position""").param(pledgeId).query(rs -> {
            assessments
                    .computeIfAbsent(rs.getLong("review_id") + "/" + rs.getString("member"), key -> new ArrayList<>())
                    .add(new AssessmentView(
                            rs.getInt("position"), rs.getString("promise"), rs.getString("assessment")));
        });
        Map<Long, List<PositionView>> positions = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT d.id AS decision_id, d.decision AS taken, d.subject, p.* FROM steering_position p
                JOIN steering_decision d ON d.review_id = p.review_id
                WHERE d.pledge_id = ? ORDER BY d.id, p.member_name, p.member""").param(pledgeId).query(rs -> {
            String decision = rs.getString("decision");
            positions
                    .computeIfAbsent(rs.getLong("decision_id"), key -> new ArrayList<>())
                    .add(new PositionView(
                            rs.getString("member"),
                            rs.getString("member_name"),
                            decision,
                            decision == null
                                    ? "Svarade inte"
                                    : SteeringSubject.of(rs.getString("subject"))
                                            .label(decision),
                            rs.getString("comment"),
                            instant(rs, "answered_at"),
                            decision != null && !decision.equals(rs.getString("taken")),
                            assessments.getOrDefault(
                                    rs.getLong("review_id") + "/" + rs.getString("member"), List.of())));
        });
        return positions;
    }

    private long pledgeId(String registrationNumber) {
        return jdbc.sql("SELECT id FROM pledge WHERE registration_number = ?")
                .param(registrationNumber)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new CaseNotFoundException(registrationNumber));
    }

    private Map<Long, List<String>> parties(List<Long> pledgeIds) {
        Map<Long, List<String>> parties = new HashMap<>();
        if (pledgeIds.isEmpty()) {
            return parties;
        }
        jdbc.sql("SELECT pledge_id, party FROM pledge_party WHERE pledge_id IN (:ids) ORDER BY party")
                .param("ids", pledgeIds)
                .query(rs -> {
                    parties.computeIfAbsent(rs.getLong("pledge_id"), key -> new ArrayList<>())
                            .add(rs.getString("party"));
                });
        return parties;
    }

    /** A LIKE pattern for "contains", with the pattern characters of the user's text escaped. */
    /** A LIKE pattern (with ESCAPE '\\') for text containing {@code text}, in lower case. */
    public static String containing(String text) {
        String escaped =
                text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("registration_number"),
                rs.getString("title"),
                rs.getString("area"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getString("stage"),
                rs.getString("status"),
                rs.getObject("signed_on", LocalDate.class));
    }

    private record Row(
            long id,
            String registrationNumber,
            String title,
            String area,
            LocalDate periodStart,
            LocalDate periodEnd,
            String stage,
            String status,
            LocalDate signedOn) {

        PledgeSummary summary(List<String> parties) {
            return new PledgeSummary(
                    registrationNumber,
                    title,
                    area,
                    periodStart,
                    periodEnd,
                    stage,
                    Stages.label(stage),
                    status,
                    parties,
                    signedOn);
        }
    }
}
