package se.medborgarlofte.casefile;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The timeline of a pledge: every entry in the case file adds one event, in the same transaction. */
@Component
@RequiredArgsConstructor
public class CaseEvents {

    private final JdbcClient jdbc;

    /** The id of the pledge with this registration number; an unknown number is a programming error here. */
    public long pledgeId(String registrationNumber) {
        return jdbc.sql("SELECT id FROM pledge WHERE registration_number = ?")
                .param(registrationNumber)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("No case file for pledge " + registrationNumber));
    }

    public void append(long pledgeId, String eventType, String description, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO case_event (pledge_id, occurred_at, actor, event_type, description) VALUES (?, ?, ?, ?, ?)""")
                .params(pledgeId, timestamp(at), actor, eventType, truncate(description, 1000))
                .update();
    }

    public static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    /** The text, cut to at most {@code length} characters with an ellipsis. */
    public static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
