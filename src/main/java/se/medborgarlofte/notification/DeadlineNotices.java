package se.medborgarlofte.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of deadline notices ({@code deadline_notice}): a notice is claimed before it is sent and counts as sent
 * ({@code sent_at}) only once the mail server has taken it. The key (task, kind, deadline) lets one run on one node
 * claim a notice, whichever nodes check at once. A claim whose message could not be sent is released for the next run;
 * one that a node left behind when it died while sending is taken over after {@link #ABANDONED}, so that notice may go
 * out twice but is never lost. Each statement commits by itself (callers hold no transaction), so that other nodes see
 * a claim at once.
 */
@Component
@RequiredArgsConstructor
class DeadlineNotices {

    /** Far longer than sending one message takes (the mail server's timeouts are seconds). */
    static final Duration ABANDONED = Duration.ofHours(1);

    private final JdbcClient jdbc;

    /** One notice: a reminder or an escalation of a task for one deadline. */
    record Notice(String taskId, String kind, Instant dueAt) {}

    /** True when this caller may send the notice: it was neither sent nor claimed by a run that is still sending. */
    boolean claim(Notice notice, Instant now) {
        Optional<Boolean> sent = jdbc.sql(
                        "SELECT sent_at IS NOT NULL FROM deadline_notice WHERE task_id = ? AND kind = ? AND due_at = ?")
                .params(notice.taskId(), notice.kind(), utc(notice.dueAt()))
                .query(Boolean.class)
                .optional();
        if (sent.isEmpty()) {
            try {
                return jdbc.sql("INSERT INTO deadline_notice (task_id, kind, due_at, claimed_at) VALUES (?, ?, ?, ?)")
                                .params(notice.taskId(), notice.kind(), utc(notice.dueAt()), utc(now))
                                .update()
                        == 1;
            } catch (DuplicateKeyException claimedMeanwhile) {
                return false;
            }
        }
        if (sent.get()) {
            return false;
        }
        // of two nodes taking over the same abandoned claim, the second finds it claimed again and updates nothing
        return jdbc.sql("""
                UPDATE deadline_notice SET claimed_at = ?
                WHERE task_id = ? AND kind = ? AND due_at = ? AND sent_at IS NULL AND claimed_at <= ?""")
                        .params(
                                utc(now),
                                notice.taskId(),
                                notice.kind(),
                                utc(notice.dueAt()),
                                utc(now.minus(ABANDONED)))
                        .update()
                == 1;
    }

    /** The mail server took the message: the notice is sent and will not be sent again. */
    void sent(Notice notice, Instant now) {
        jdbc.sql("UPDATE deadline_notice SET sent_at = ? WHERE task_id = ? AND kind = ? AND due_at = ?")
                .params(utc(now), notice.taskId(), notice.kind(), utc(notice.dueAt()))
                .update();
    }

    /** The message did not go out: the next run may claim the notice again. */
    void release(Notice notice) {
        jdbc.sql("DELETE FROM deadline_notice WHERE task_id = ? AND kind = ? AND due_at = ? AND sent_at IS NULL")
                .params(notice.taskId(), notice.kind(), utc(notice.dueAt()))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
