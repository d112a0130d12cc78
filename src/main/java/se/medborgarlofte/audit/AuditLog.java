package se.medborgarlofte.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends to and searches the audit log. There is deliberately no way to change or remove an entry. */
@Component
@RequiredArgsConstructor
public class AuditLog {

    private final JdbcClient jdbc;

    public void append(AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, user_id, action, pledge, resource, outcome, remote_addr)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        entry.occurredAt().atOffset(ZoneOffset.UTC),
                        entry.userId(),
                        entry.action(),
                        entry.pledge(),
                        entry.resource().length() > 300 ? entry.resource().substring(0, 300) : entry.resource(),
                        entry.outcome(),
                        entry.remoteAddress())
                .update();
    }

    /** Entries matching every given criterion (null: any), newest first. */
    public List<AuditEntry> search(String userId, String pledge, String action, Instant from, Instant to, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        criterion(where, params, "user_id = :user", "user", userId);
        criterion(where, params, "pledge = :pledge", "pledge", pledge);
        criterion(where, params, "action = :action", "action", action);
        criterion(where, params, "occurred_at >= :from", "from", from == null ? null : from.atOffset(ZoneOffset.UTC));
        criterion(where, params, "occurred_at < :to", "to", to == null ? null : to.atOffset(ZoneOffset.UTC));
        params.put("limit", limit);
        return jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY occurred_at DESC, id DESC LIMIT :limit")
                .params(params)
                .query((rs, n) -> new AuditEntry(
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("user_id"),
                        rs.getString("action"),
                        rs.getString("pledge"),
                        rs.getString("resource"),
                        rs.getInt("outcome"),
                        rs.getString("remote_addr")))
                .list();
    }

    private static void criterion(
            StringBuilder where, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.put(name, value);
        }
    }
}
