package se.medborgarlofte.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The record of deadline notices on the quick start's H2 database, migrated as the application migrates it; the same
 * on PostgreSQL with two nodes at once is in {@link TwoNodesIntegrationTests}.
 */
class DeadlineNoticesTests {

    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");
    private static final DeadlineNotices.Notice NOTICE =
            new DeadlineNotices.Notice("task-1", "escalation", Instant.parse("2027-02-27T23:00:00Z"));

    private static JdbcClient jdbc;
    private final DeadlineNotices notices = new DeadlineNotices(jdbc);

    @BeforeAll
    static void migrate() {
        SimpleDriverDataSource h2 = new SimpleDriverDataSource(
                new org.h2.Driver(), "jdbc:h2:mem:deadline-notices;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        jdbc = JdbcClient.create(h2);
    }

    @BeforeEach
    void noNotices() {
        jdbc.sql("DELETE FROM deadline_notice").update();
    }

    @Test
    void aNoticeIsClaimedByOneRunOnly() {
        assertThat(notices.claim(NOTICE, NOW)).isTrue();
        assertThat(notices.claim(NOTICE, NOW)).isFalse();
        assertThat(notices.claim(new DeadlineNotices.Notice("task-1", "reminder", NOTICE.dueAt()), NOW))
                .as("another kind")
                .isTrue();
        assertThat(notices.claim(new DeadlineNotices.Notice("task-1", "escalation", NOW), NOW))
                .as("another deadline")
                .isTrue();
    }

    @Test
    void aClaimedNoticeCountsAsSentOnlyOnceItWasSent() {
        notices.claim(NOTICE, NOW);
        assertThat(sentAt()).isNull();

        notices.sent(NOTICE, NOW.plusSeconds(2));

        assertThat(sentAt().toInstant()).isEqualTo(NOW.plusSeconds(2));
        assertThat(notices.claim(NOTICE, NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void aNoticeThatDidNotGoOutIsClaimedAgainByTheNextRun() {
        notices.claim(NOTICE, NOW);

        notices.release(NOTICE);

        assertThat(notices.claim(NOTICE, NOW.plus(Duration.ofMinutes(15)))).isTrue();
    }

    @Test
    void releasingNeverUndoesASentNotice() {
        notices.claim(NOTICE, NOW);
        notices.sent(NOTICE, NOW);

        notices.release(NOTICE);

        assertThat(notices.claim(NOTICE, NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aClaimLeftBehindByANodeThatDiedIsTakenOverOnceAbandoned() {
        notices.claim(NOTICE, NOW);

        assertThat(notices.claim(NOTICE, NOW.plus(DeadlineNotices.ABANDONED).minusSeconds(1)))
                .as("still being sent")
                .isFalse();
        assertThat(notices.claim(NOTICE, NOW.plus(DeadlineNotices.ABANDONED))).isTrue();
        assertThat(notices.claim(NOTICE, NOW.plus(DeadlineNotices.ABANDONED).plusSeconds(1)))
                .as("taken over once")
                .isFalse();
    }

    /** The notice's sent_at; null while it is only claimed. */
    private static OffsetDateTime sentAt() {
        return jdbc.sql("SELECT sent_at FROM deadline_notice WHERE task_id = ? AND kind = ?")
                .params(NOTICE.taskId(), NOTICE.kind())
                .query(OffsetDateTime.class)
                .list()
                .get(0);
    }
}
