package se.medborgarlofte.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.Stages;
import se.medborgarlofte.identity.OrganisationGroup;

/**
 * The case gauges on {@code /actuator/prometheus}, counted by {@link CaseFigures} every
 * {@code medborgarlofte.operations.metrics-refresh} on a thread of their own; a scrape reads the last count and never
 * queries. Every node counts and exports the same figures of the one database: aggregate them across nodes with
 * {@code max}, not {@code sum}. This is not a {@code @Scheduled} job under the scheduler lock on purpose: each node must
 * count for its own gauges. The organisation groups and the stages are always there, at 0 when nothing is in them.
 */
@Component
class CaseGauges implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CaseGauges.class);

    private final CaseFigures figures;
    private final OperationsProperties properties;
    private final MultiGauge openTasks;
    private final MultiGauge overdueTasks;
    private final MultiGauge pledges;
    private final AtomicLong executableJobs = new AtomicLong();
    private final AtomicLong failedJobs = new AtomicLong();
    private ScheduledExecutorService schedule;

    CaseGauges(CaseFigures figures, OperationsProperties properties, MeterRegistry registry) {
        this.figures = figures;
        this.properties = properties;
        this.openTasks = MultiGauge.builder("medborgarlofte.tasks.open")
                .description("Open user tasks per candidate group")
                .register(registry);
        this.overdueTasks = MultiGauge.builder("medborgarlofte.tasks.overdue")
                .description("Open user tasks past their due date per candidate group")
                .register(registry);
        this.pledges = MultiGauge.builder("medborgarlofte.pledges")
                .description("Pledges per stage of the case file")
                .register(registry);
        Gauge.builder("medborgarlofte.jobs.executable", executableJobs, AtomicLong::get)
                .description(
                        "Engine jobs due now that no node has locked, with retries left: the job executor's backlog")
                .register(registry);
        Gauge.builder("medborgarlofte.jobs.failed", failedJobs, AtomicLong::get)
                .description("Engine jobs whose retries are used up (each has an incident in Cockpit)")
                .register(registry);
    }

    /** Counts anew; a failure keeps the last figures and is logged. */
    void refresh() {
        try {
            Map<String, CaseFigures.TaskCounts> tasks = new TreeMap<>();
            for (OrganisationGroup group : OrganisationGroup.values()) {
                tasks.put(group.id(), new CaseFigures.TaskCounts(0, 0));
            }
            tasks.putAll(figures.tasksByCandidateGroup());
            Map<String, Long> stages = new TreeMap<>();
            Stages.keys().forEach(stage -> stages.put(stage, 0L));
            stages.putAll(figures.pledgesByStage());
            CaseFigures.JobCounts jobs = figures.jobs();

            openTasks.register(
                    tasks.entrySet().stream()
                            .map(entry -> row(
                                    "candidate_group",
                                    entry.getKey(),
                                    entry.getValue().open()))
                            .toList(),
                    true);
            overdueTasks.register(
                    tasks.entrySet().stream()
                            .map(entry -> row(
                                    "candidate_group",
                                    entry.getKey(),
                                    entry.getValue().overdue()))
                            .toList(),
                    true);
            pledges.register(
                    stages.entrySet().stream()
                            .map(entry -> row("stage", entry.getKey(), entry.getValue()))
                            .toList(),
                    true);
            executableJobs.set(jobs.executable());
            failedJobs.set(jobs.failed());
        } catch (RuntimeException failure) {
            LOG.warn("The case gauges could not be counted; they keep their last figures", failure);
        }
    }

    private static MultiGauge.Row<?> row(String tag, String value, long count) {
        return MultiGauge.Row.of(Tags.of(tag, value), count);
    }

    @Override
    public synchronized void start() {
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "case-gauges");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.metricsRefresh().toMillis();
        schedule.scheduleWithFixedDelay(this::refresh, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return schedule != null;
    }
}
