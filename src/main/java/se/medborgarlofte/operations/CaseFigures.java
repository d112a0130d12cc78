package se.medborgarlofte.operations;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.medborgarlofte.system.EngineContext;

/**
 * Counts what the case gauges show, with one grouped query per figure on the engine's and the case file's tables.
 * Each query is a plain read in its own auto-committed statement, outside any transaction: on PostgreSQL (and H2)
 * readers take no row locks and block no writer, and no snapshot is held open between the queries. A timeout keeps a
 * slow count from piling up behind the next one.
 */
@Component
class CaseFigures {

    /** The candidate group under which tasks without one (assigned to a person only) are counted. */
    static final String NO_GROUP = "none";

    /** Open tasks per candidate group; a task with several groups counts in each. */
    private static final String TASKS = """
            SELECT l.group_id_ AS candidate_group,
                   COUNT(DISTINCT t.id_) AS open_tasks,
                   COUNT(DISTINCT CASE WHEN t.due_date_ < ? THEN t.id_ END) AS overdue_tasks
            FROM act_ru_task t
            LEFT JOIN act_ru_identitylink l
                   ON l.task_id_ = t.id_ AND l.type_ = 'candidate' AND l.group_id_ IS NOT NULL
            GROUP BY l.group_id_""";

    private static final String PLEDGES = "SELECT stage, COUNT(*) AS pledges FROM pledge GROUP BY stage";

    /** The job executor's own acquisition condition: due, with retries left, not suspended, not locked by a node. */
    private static final String JOBS = """
            SELECT COALESCE(SUM(CASE WHEN retries_ > 0 AND suspension_state_ = 1
                                      AND (duedate_ IS NULL OR duedate_ <= ?)
                                      AND (lock_owner_ IS NULL OR lock_exp_time_ < ?) THEN 1 ELSE 0 END), 0) AS executable,
                   COALESCE(SUM(CASE WHEN retries_ = 0 THEN 1 ELSE 0 END), 0) AS failed
            FROM act_ru_job""";

    private static final int QUERY_TIMEOUT_SECONDS = 20;

    private final JdbcTemplate jdbc;

    CaseFigures(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
    }

    /** Open and overdue tasks of a candidate group. */
    record TaskCounts(long open, long overdue) {}

    /** Due-now jobs that no node has taken, and jobs whose retries are used up (each with an incident). */
    record JobCounts(long executable, long failed) {}

    /** Per candidate group; tasks without one under {@link #NO_GROUP}. Overdue by the engine's clock. */
    Map<String, TaskCounts> tasksByCandidateGroup() {
        Timestamp now = Timestamp.from(EngineContext.now());
        Map<String, TaskCounts> counts = new HashMap<>();
        jdbc.query(
                TASKS,
                row -> {
                    String group = row.getString("candidate_group");
                    counts.put(
                            group == null ? NO_GROUP : group,
                            new TaskCounts(row.getLong("open_tasks"), row.getLong("overdue_tasks")));
                },
                now);
        return counts;
    }

    Map<String, Long> pledgesByStage() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(PLEDGES, row -> {
            counts.put(row.getString("stage"), row.getLong("pledges"));
        });
        return counts;
    }

    JobCounts jobs() {
        Timestamp now = Timestamp.from(EngineContext.now());
        return jdbc.queryForObject(
                JOBS, (row, number) -> new JobCounts(row.getLong("executable"), row.getLong("failed")), now, now);
    }
}
