package se.medborgarlofte.attachment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The attachment tables of the case file (V21), and what they need to know of the pledge. */
@Repository
@RequiredArgsConstructor
class AttachmentRecords {

    /**
     * A pledge as the attachments see it: its id, the parties it names and the groups of the organisations its
     * commitments name (each association, housing company or business has a group of its own).
     */
    record PledgeRef(long id, String registrationNumber, List<String> parties, List<String> organisationGroups) {}

    /** A row of the attachment table, before its subject is put in words. */
    record Row(
            long id,
            SubjectKind subject,
            Long subjectId,
            String fileName,
            String contentType,
            long size,
            String sha256,
            String description,
            Confidentiality confidentiality,
            String uploadedBy,
            Instant uploadedAt) {}

    /** A new attachment's row. */
    record NewRow(
            long pledgeId,
            SubjectKind subject,
            Long subjectId,
            String fileName,
            String contentType,
            String sha256,
            String description,
            Confidentiality confidentiality,
            String uploadedBy,
            Instant uploadedAt,
            byte[] content) {}

    private static final String COLUMNS = "id, subject_kind, subject_id, file_name, content_type, size_bytes, sha256,"
            + " description, confidentiality, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    Optional<PledgeRef> pledge(String registrationNumber) {
        return jdbc.sql("SELECT id FROM pledge WHERE registration_number = ?")
                .param(registrationNumber)
                .query(Long.class)
                .optional()
                .map(id -> new PledgeRef(
                        id,
                        registrationNumber,
                        jdbc.sql("SELECT party FROM pledge_party WHERE pledge_id = ? ORDER BY party")
                                .param(id)
                                .query(String.class)
                                .list(),
                        jdbc.sql("SELECT DISTINCT o.group_id FROM commitment c"
                                        + " JOIN organisation o ON o.id = c.organisation_id WHERE c.pledge_id = ?")
                                .param(id)
                                .query(String.class)
                                .list()));
    }

    /** Whether the commitment, follow-up or meeting belongs to the pledge. */
    boolean belongs(PledgeRef pledge, SubjectKind kind, long subjectId) {
        String sql = switch (kind) {
            case PLEDGE -> throw new IllegalStateException("The pledge itself has no subject id");
            case COMMITMENT -> "SELECT COUNT(*) FROM commitment WHERE id = :id AND pledge_id = :pledge";
            case FOLLOW_UP -> "SELECT COUNT(*) FROM follow_up WHERE id = :id AND pledge_id = :pledge";
            case STEERING_REVIEW -> "SELECT COUNT(*) FROM steering_review WHERE id = :id AND pledge_id = :pledge";
            case COUNCIL_MEETING ->
                "SELECT COUNT(*) FROM council_meeting m WHERE m.id = :id AND " + COUNCIL_MEETING_OF_PLEDGE;
        };
        return jdbc.sql(sql)
                        .param("id", subjectId)
                        .param("pledge", pledge.id())
                        .param("number", pledge.registrationNumber())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A council meeting concerns a pledge when its agenda or its decisions name it. */
    private static final String COUNCIL_MEETING_OF_PLEDGE = "(EXISTS (SELECT 1 FROM council_agenda_item a"
            + " WHERE a.meeting_id = m.id AND a.registration_number = :number)"
            + " OR EXISTS (SELECT 1 FROM council_decision d WHERE d.meeting_id = m.id"
            + " AND d.registration_number = :number))";

    /** Everything in the pledge that can have attachments, in the order a form offers them. */
    List<Subject> subjects(PledgeRef pledge) {
        List<Subject> subjects = new ArrayList<>();
        subjects.add(Subject.of(SubjectKind.PLEDGE, null, SubjectKind.PLEDGE.label()));
        jdbc.sql("""
                SELECT id, position, promise FROM commitment WHERE pledge_id = :pledge
                AND draft_round = (SELECT MAX(draft_round) FROM commitment WHERE pledge_id = :pledge)
                ORDER BY position""")
                .param("pledge", pledge.id())
                .query((rs, n) -> Subject.of(
                        SubjectKind.COMMITMENT,
                        rs.getLong("id"),
                        "Åtagande " + rs.getInt("position") + ": " + shortened(rs.getString("promise"))))
                .list()
                .forEach(subjects::add);
        jdbc.sql("SELECT id, follow_up_number, kind FROM follow_up WHERE pledge_id = :pledge ORDER BY follow_up_number")
                .param("pledge", pledge.id())
                .query((rs, n) -> Subject.of(
                        SubjectKind.FOLLOW_UP,
                        rs.getLong("id"),
                        ("final".equals(rs.getString("kind")) ? "Slutuppföljning " : "Uppföljning ")
                                + rs.getInt("follow_up_number")))
                .list()
                .forEach(subjects::add);
        jdbc.sql("SELECT id, opened_at FROM steering_review WHERE pledge_id = :pledge ORDER BY opened_at, id")
                .param("pledge", pledge.id())
                .query((rs, n) -> Subject.of(
                        SubjectKind.STEERING_REVIEW,
                        rs.getLong("id"),
                        SubjectKind.STEERING_REVIEW.label() + " "
                                + rs.getObject("opened_at", OffsetDateTime.class)
                                        .toLocalDate()))
                .list()
                .forEach(subjects::add);
        jdbc.sql("SELECT m.id, m.meeting_month FROM council_meeting m WHERE " + COUNCIL_MEETING_OF_PLEDGE
                        + " ORDER BY m.meeting_month, m.id")
                .param("number", pledge.registrationNumber())
                .query((rs, n) -> Subject.of(
                        SubjectKind.COUNCIL_MEETING,
                        rs.getLong("id"),
                        SubjectKind.COUNCIL_MEETING.label() + " " + rs.getString("meeting_month")))
                .list()
                .forEach(subjects::add);
        return subjects;
    }

    long insert(NewRow row) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO attachment (pledge_id, subject_kind, subject_id, file_name, content_type, size_bytes,
                    sha256, description, confidentiality, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        row.pledgeId(),
                        row.subject().code(),
                        row.subjectId(),
                        row.fileName(),
                        row.contentType(),
                        (long) row.content().length,
                        row.sha256(),
                        row.description(),
                        row.confidentiality().code(),
                        row.uploadedBy(),
                        row.uploadedAt().atOffset(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)")
                .params(id, row.content())
                .update();
        return id;
    }

    /** The pledge's attachments, newest first. */
    List<Row> ofPledge(long pledgeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE pledge_id = ? ORDER BY uploaded_at DESC, id DESC")
                .param(pledgeId)
                .query((rs, n) -> row(rs))
                .list();
    }

    Optional<Row> find(long pledgeId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE pledge_id = ? AND id = ?")
                .params(pledgeId, id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    byte[] content(long id) {
        return jdbc.sql("SELECT content FROM attachment_content WHERE attachment_id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes("content"))
                .single();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getLong("id"),
                SubjectKind.ofCode(rs.getString("subject_kind")).orElseThrow(),
                rs.getObject("subject_id", Long.class),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("description"),
                Confidentiality.ofCode(rs.getString("confidentiality")).orElseThrow(),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79).strip() + "…";
    }
}
