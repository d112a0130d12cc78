package se.medborgarlofte.citizeninput;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseEvents;

/**
 * The citizens' input as the case file keeps it: every input of a pledge for the officers, and which follow-up took
 * the input that the coordinator chose to take into the next one.
 */
@Component
public class CitizenInputRecords {

    /** An input with the number of the follow-up that took it into account. */
    private static final String SELECT = """
            SELECT i.*, f.follow_up_number FROM citizen_input i JOIN pledge p ON p.id = i.pledge_id
            LEFT JOIN follow_up f ON f.id = i.follow_up_id""";

    private final JdbcClient jdbc;

    public CitizenInputRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every input of the pledge, newest first, for the officers' case page and API. */
    public List<CitizenInput> ofPledge(String registrationNumber) {
        return jdbc.sql(SELECT + " WHERE p.registration_number = ? ORDER BY i.received_at DESC, i.id DESC")
                .param(registrationNumber)
                .query(CitizenInputRecords::input)
                .list();
    }

    /**
     * The input the coordinator chose to take into the pledge's next follow-up and that no follow-up has taken yet,
     * handled no later than {@code until}, oldest first.
     */
    public List<CitizenInput> forNextFollowUp(long pledgeId, Instant until) {
        return jdbc.sql(SELECT + " WHERE i.pledge_id = ? AND i.status = 'next-follow-up' AND i.follow_up_id IS NULL"
                        + " AND i.handled_at <= ? ORDER BY i.handled_at, i.id")
                .params(pledgeId, CaseEvents.timestamp(until))
                .query(CitizenInputRecords::input)
                .list();
    }

    /**
     * Records that the pledge's newest follow-up took the input that was listed to it (see {@link #forNextFollowUp});
     * returns how many.
     */
    public int takeIntoLatestFollowUp(long pledgeId, Instant until) {
        return jdbc.sql("""
                UPDATE citizen_input SET follow_up_id = (SELECT MAX(f.id) FROM follow_up f WHERE f.pledge_id = ?)
                WHERE pledge_id = ? AND status = 'next-follow-up' AND follow_up_id IS NULL AND handled_at <= ?""")
                .params(pledgeId, pledgeId, CaseEvents.timestamp(until))
                .update();
    }

    private static CitizenInput input(ResultSet rs, int row) throws SQLException {
        return new CitizenInput(
                rs.getLong("id"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("what"),
                rs.getString("where_text"),
                rs.getString("email") != null,
                rs.getString("status"),
                rs.getString("handled_by"),
                instant(rs.getTimestamp("handled_at")),
                rs.getString("handling_note"),
                rs.getObject("follow_up_number", Integer.class),
                instant(rs.getTimestamp("cleared_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
