package se.medborgarlofte.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.medborgarlofte.system.EngineContext;

/** The counting queries on H2, with just the columns they read: which tasks and jobs count, and where. */
class CaseFiguresTests {

    private final DriverManagerDataSource database =
            new DriverManagerDataSource("jdbc:h2:mem:case-figures;DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate sql = new JdbcTemplate(database);
    private final CaseFigures figures = new CaseFigures(database);
    private final Instant now = EngineContext.now();

    @BeforeEach
    void tables() {
        sql.execute("DROP ALL OBJECTS");
        sql.execute("CREATE TABLE act_ru_task (id_ VARCHAR(64) PRIMARY KEY, due_date_ TIMESTAMP)");
        sql.execute("CREATE TABLE act_ru_identitylink (id_ VARCHAR(64) PRIMARY KEY, task_id_ VARCHAR(64),"
                + " type_ VARCHAR(255), group_id_ VARCHAR(255), user_id_ VARCHAR(255))");
        sql.execute("CREATE TABLE pledge (id BIGINT PRIMARY KEY, stage VARCHAR(40))");
        sql.execute("CREATE TABLE act_ru_job (id_ VARCHAR(64) PRIMARY KEY, retries_ INTEGER, suspension_state_ INTEGER,"
                + " duedate_ TIMESTAMP, lock_owner_ VARCHAR(255), lock_exp_time_ TIMESTAMP)");
    }

    @Test
    void countsOpenAndOverdueTasksPerCandidateGroup() {
        task("1", now.minus(Duration.ofDays(1)), "polis", "kommun");
        task("2", now.plus(Duration.ofDays(1)), "polis");
        task("3", null, "polis");
        task("4", now.minus(Duration.ofHours(1)));
        sql.update("INSERT INTO act_ru_identitylink VALUES ('assignee-4', '4', 'assignee', NULL, 'styrgrupp1')");

        assertThat(figures.tasksByCandidateGroup())
                .containsOnlyKeys("polis", "kommun", CaseFigures.NO_GROUP)
                .containsEntry("polis", new CaseFigures.TaskCounts(3, 1))
                .containsEntry("kommun", new CaseFigures.TaskCounts(1, 1))
                .containsEntry(CaseFigures.NO_GROUP, new CaseFigures.TaskCounts(1, 1));
    }

    @Test
    void countsPledgesPerStage() {
        sql.update("INSERT INTO pledge VALUES (1, 'implement'), (2, 'implement'), (3, 'ended')");

        assertThat(figures.pledgesByStage())
                .containsOnly(java.util.Map.entry("implement", 2L), java.util.Map.entry("ended", 1L));
    }

    @Test
    void theBacklogIsWhatTheJobExecutorCouldTakeNow() {
        Instant past = now.minus(Duration.ofMinutes(5));
        Instant future = now.plus(Duration.ofMinutes(5));
        job("due", 3, 1, past, null, null);
        job("no-due-date", 3, 1, null, null, null);
        job("lock-expired", 3, 1, past, "node-a", past);
        job("locked", 3, 1, past, "node-a", future);
        job("later", 3, 1, future, null, null);
        job("suspended", 3, 2, past, null, null);
        job("failed", 0, 1, past, null, null);

        assertThat(figures.jobs()).isEqualTo(new CaseFigures.JobCounts(3, 1));
    }

    @Test
    void emptyTablesCountNothing() {
        assertThat(figures.tasksByCandidateGroup()).isEmpty();
        assertThat(figures.pledgesByStage()).isEmpty();
        assertThat(figures.jobs()).isEqualTo(new CaseFigures.JobCounts(0, 0));
    }

    private void task(String id, Instant due, String... groups) {
        sql.update("INSERT INTO act_ru_task VALUES (?, ?)", id, due == null ? null : Timestamp.from(due));
        for (String group : groups) {
            sql.update("INSERT INTO act_ru_identitylink VALUES (?, ?, 'candidate', ?, NULL)", id + group, id, group);
        }
    }

    private void job(String id, int retries, int suspension, Instant due, String owner, Instant lockExpires) {
        sql.update(
                "INSERT INTO act_ru_job VALUES (?, ?, ?, ?, ?, ?)",
                id,
                retries,
                suspension,
                due == null ? null : Timestamp.from(due),
                owner,
                lockExpires == null ? null : Timestamp.from(lockExpires));
    }
}
