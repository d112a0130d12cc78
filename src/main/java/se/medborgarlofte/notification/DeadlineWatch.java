package se.medborgarlofte.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.casefile.TaskPledges;
import se.medborgarlofte.identity.OrganisationGroup;

/**
 * Watches the deadlines of open tasks: reminds the people who should act when a task falls due within the configured
 * reminder period, and tells the coordinators when it is overdue. Each notice is sent once per task and deadline.
 */
@Component
public class DeadlineWatch {

    /** How many tasks one run looks at, per kind of notice. */
    static final int BATCH = 1000;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskPledges pledges;
    private final IdentityService identity;
    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final DeadlineProperties deadlines;
    private final NotificationProperties notifications;

    public DeadlineWatch(TaskService tasks, RuntimeService runtime, TaskPledges pledges, IdentityService identity, JdbcClient jdbc,
                         Mailer mailer, DeadlineProperties deadlines, NotificationProperties notifications) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.pledges = pledges;
        this.identity = identity;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.deadlines = deadlines;
        this.notifications = notifications;
    }

    /**
     * The node that takes the lock checks, and keeps the lock for one interval: the other nodes' runs in between are
     * skipped, so the installation checks once per interval. A run elsewhere would still send nothing twice: each
     * notice is recorded in the database under its key.
     */
    @Scheduled(fixedDelayString = "${medborgarlofte.deadlines.check-interval:PT15M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "deadline-watch", lockAtLeastFor = "${medborgarlofte.deadlines.check-interval:PT15M}",
            lockAtMostFor = "${medborgarlofte.deadlines.check-interval:PT15M}")
    void scheduled() {
        check(EngineContext.now());
    }

    /** Sends the notices due at {@code now}; returns how many were sent. */
    public int check(Instant now) {
        int sent = 0;
        Instant remindFrom = LocalDate.ofInstant(now, DeadlineProperties.SWEDEN).plus(deadlines.reminder()).plusDays(1).atStartOfDay(DeadlineProperties.SWEDEN).toInstant();
        for (Task task : tasks.createTaskQuery().active().dueAfter(Date.from(now)).dueBefore(Date.from(remindFrom))
                .orderByDueDate().asc().listPage(0, BATCH)) {
            if (firstNotice(task, "reminder", now)) {
                mailer.sendAfterCommit(TaskMail.reminder(Recipients.of(identity, task.getAssignee(), groups(task)), task.getName(),
                        pledge(task), lastDay(task), link(task)));
                sent++;
            }
        }
        List<String> coordinators = Recipients.of(identity, null, List.of(OrganisationGroup.SAMORDNARE.id()));
        for (Task task : tasks.createTaskQuery().active().dueBefore(Date.from(now)).orderByDueDate().asc().listPage(0, BATCH)) {
            if (firstNotice(task, "escalation", now)) {
                mailer.sendAfterCommit(TaskMail.escalation(coordinators, task.getName(), pledge(task), lastDay(task), groups(task), link(task)));
                sent++;
            }
        }
        return sent;
    }

    /** Records the notice; false when it was sent before for this task and deadline. */
    private boolean firstNotice(Task task, String kind, Instant now) {
        OffsetDateTime due = task.getDueDate().toInstant().atOffset(ZoneOffset.UTC);
        boolean sentBefore = jdbc.sql("SELECT COUNT(*) FROM deadline_notice WHERE task_id = ? AND kind = ? AND due_at = ?")
                .params(task.getId(), kind, due).query(Long.class).single() > 0;
        if (!sentBefore) {
            jdbc.sql("INSERT INTO deadline_notice (task_id, kind, due_at, sent_at) VALUES (?, ?, ?, ?)")
                    .params(task.getId(), kind, due, now.atOffset(ZoneOffset.UTC)).update();
        }
        return !sentBefore;
    }

    private List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    private String pledge(Task task) {
        if (task.getProcessInstanceId() == null) {
            return "";
        }
        Object title = runtime.getVariable(task.getProcessInstanceId(), "pledgeTitle");
        String number = Objects.toString(pledges.ofProcessInstance(task.getProcessInstanceId()), "");
        return title == null ? number : title + " (" + number + ")";
    }

    private static LocalDate lastDay(Task task) {
        return DeadlineProperties.lastDayBefore(task.getDueDate().toInstant());
    }

    private String link(Task task) {
        return notifications.tasklistUrl() + "#/?task=" + task.getId();
    }
}
