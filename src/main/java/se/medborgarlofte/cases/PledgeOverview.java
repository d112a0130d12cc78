package se.medborgarlofte.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.Stages;
import se.medborgarlofte.council.AgendaItem;
import se.medborgarlofte.council.CouncilAgenda;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.EngineContext;

/**
 * The coordinator's view over every running pledge: how many are in each stage, which tasks and measures are late,
 * what falls due in the coming days, which steering reviews still wait for answers, and which commitments lag well
 * behind the time that has passed. The late measures, coming follow-ups and pending decisions are the council
 * agenda's own sections, so the dashboard and the council's meeting never disagree.
 */
@Component
@RequiredArgsConstructor
public class PledgeOverview {

    /** How far ahead follow-ups and period ends are shown. */
    public static final int DAYS_AHEAD = 30;

    /** The most late tasks or lagging commitments listed; the count says how many there are in all. */
    static final int MAX_ROWS = 50;

    /**
     * A commitment is at risk when its progress is at least this many percentage points behind the share of its time
     * that has passed (e.g. 20 % done when 60 % of the time is gone).
     */
    static final int RISK_GAP_POINTS = 25;

    private final JdbcClient jdbc;
    private final CaseCalendar calendar;
    private final CouncilAgenda agenda;
    private final TaskService tasks;
    private final TaskCases taskCases;
    private final OpenTasks openTasks;

    public record Overview(
            List<StageCount> stages,
            List<LateTask> lateTasks,
            long lateTaskCount,
            List<AgendaItem> lateMeasures,
            List<AgendaItem> comingDates,
            List<AgendaItem> pendingDecisions,
            List<LaggingCommitment> laggingCommitments) {

        public long runningPledges() {
            return stages.stream().mapToLong(StageCount::pledges).sum();
        }

        /** Every pledge the overview names. */
        public Set<String> registrationNumbers() {
            Set<String> numbers = new TreeSet<>();
            lateTasks.stream()
                    .map(LateTask::registrationNumber)
                    .filter(Objects::nonNull)
                    .forEach(numbers::add);
            Stream.of(lateMeasures, comingDates, pendingDecisions)
                    .flatMap(List::stream)
                    .map(AgendaItem::registrationNumber)
                    .forEach(numbers::add);
            laggingCommitments.stream()
                    .map(LaggingCommitment::registrationNumber)
                    .forEach(numbers::add);
            return numbers;
        }
    }

    public record StageCount(String stage, String label, long pledges) {}

    /** A task past its due date, with the pledge it belongs to (null for one outside the pledges, e.g. the council). */
    public record LateTask(
            String id,
            String name,
            String registrationNumber,
            List<String> candidateGroups,
            String assignee,
            Instant due) {}

    public record LaggingCommitment(
            String registrationNumber,
            int position,
            String promise,
            String responsibleGroup,
            LocalDate dueDate,
            int progressPercent,
            int elapsedPercent) {}

    /** The overview as of now; the late tasks as far as the caller sees them in Tasklist. */
    public Overview now() {
        return at(EngineContext.now());
    }

    /** The overview as it is at a moment (the case file and the tasks as they are, the dates as of then). */
    public Overview at(Instant moment) {
        LocalDate today = calendar.day(moment);
        List<AgendaItem> items = agenda.build(today, today.plusDays(DAYS_AHEAD + 1L));
        TaskQuery late = tasks.createTaskQuery().dueBefore(Date.from(moment));
        return new Overview(
                stages(),
                lateTasks(late.orderByDueDate().asc().listPage(0, MAX_ROWS)),
                late.count(),
                section(items, "overdue-measure"),
                section(items, "coming-follow-up"),
                section(items, "decision-due"),
                lagging(today));
    }

    /** Running pledges per stage, every stage a pledge can be in while it runs, in the lifecycle's order. */
    private List<StageCount> stages() {
        Map<String, Long> counts = jdbc
                .sql("SELECT stage, COUNT(*) AS pledges FROM pledge WHERE status = 'active' GROUP BY stage")
                .query((rs, n) -> Map.entry(rs.getString("stage"), rs.getLong("pledges")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return Stages.keys().stream()
                .filter(stage -> !stage.equals("ended"))
                .map(stage -> new StageCount(stage, Stages.label(stage), counts.getOrDefault(stage, 0L)))
                .toList();
    }

    private List<LateTask> lateTasks(List<Task> late) {
        Map<String, String> pledges = taskCases.pledgesOf(late.stream()
                .map(Task::getProcessInstanceId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return late.stream()
                .map(task -> new LateTask(
                        task.getId(),
                        task.getName(),
                        pledges.get(task.getProcessInstanceId()),
                        openTasks.candidateGroups(task),
                        task.getAssignee(),
                        task.getDueDate().toInstant()))
                .toList();
    }

    private static List<AgendaItem> section(List<AgendaItem> items, String section) {
        return items.stream().filter(item -> item.section().equals(section)).toList();
    }

    /**
     * Running commitments with a target whose reported quantity lags the time passed since the pledge was signed (or
     * its period began) by {@link #RISK_GAP_POINTS} or more; the most lagging first. Late ones are listed as late.
     */
    private List<LaggingCommitment> lagging(LocalDate today) {
        return jdbc
                .sql("""
                SELECT p.registration_number, COALESCE(p.signed_on, p.period_start) AS started, c.position, c.promise,
                       c.responsible_group, c.due_date, c.target_quantity,
                       (SELECT COALESCE(SUM(o.quantity), 0) FROM occurrence_report o WHERE o.commitment_id = c.id) AS reported
                FROM commitment c JOIN pledge p ON p.id = c.pledge_id
                WHERE p.status = 'active' AND c.status = 'in-progress' AND c.target_quantity > 0 AND c.due_date >= ?""")
                .param(today)
                .query((rs, n) -> {
                    LocalDate started = rs.getObject("started", LocalDate.class);
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    long target = rs.getLong("target_quantity");
                    int progress = (int) Math.min(100, rs.getLong("reported") * 100 / target);
                    return new LaggingCommitment(
                            rs.getString("registration_number"),
                            rs.getInt("position"),
                            rs.getString("promise"),
                            rs.getString("responsible_group"),
                            due,
                            progress,
                            elapsedPercent(started, due, today));
                })
                .list()
                .stream()
                .filter(c -> c.elapsedPercent() - c.progressPercent() >= RISK_GAP_POINTS)
                .sorted(Comparator.comparingInt((LaggingCommitment c) -> c.progressPercent() - c.elapsedPercent())
                        .thenComparing(LaggingCommitment::registrationNumber)
                        .thenComparingInt(LaggingCommitment::position))
                .limit(MAX_ROWS)
                .toList();
    }

    /** The share of the days from start to due that have passed, 0–100. */
    static int elapsedPercent(LocalDate start, LocalDate due, LocalDate today) {
        long total = ChronoUnit.DAYS.between(start, due);
        if (total <= 0) {
            return 100;
        }
        long passed = Math.max(0, ChronoUnit.DAYS.between(start, today));
        return (int) Math.min(100, passed * 100 / total);
    }
}
