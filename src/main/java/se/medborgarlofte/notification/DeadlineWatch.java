package se.medborgarlofte.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.TaskPledges;
import se.medborgarlofte.identity.OrganisationGroup;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.EngineContext;

/**
 * Watches the deadlines of open tasks: reminds the people who should act when a task falls due within the configured
 * reminder period, and tells the coordinators when it is overdue. Each notice is sent once per task and deadline, and
 * recorded as sent only after the mail server took it ({@link DeadlineNotices}); one that could not be sent is tried
 * again on the next run.
 */
@Component
@RequiredArgsConstructor
public class DeadlineWatch {

    private final TaskService tasks;

    /** How many tasks one run looks at, per kind of notice. */
    static final int BATCH = 1000;

    private final RuntimeService runtime;
    private final TaskPledges pledges;
    private final IdentityService identity;
    private final DeadlineNotices notices;
    private final Mailer mailer;
    private final DeadlineProperties deadlines;
    private final NotificationProperties notifications;
    private final CaseCalendar calendar;

    /**
     * The node that takes the lock checks, and keeps the lock for one interval: the other nodes' runs in between are
     * skipped, so the installation checks once per interval. A run elsewhere would still send nothing twice: each
     * notice is claimed in the database.
     */
    @Scheduled(fixedDelayString = "${medborgarlofte.deadlines.check-interval:PT15M}", initialDelayString = "PT1M")
    @SchedulerLock(
            name = "deadline-watch",
            lockAtLeastFor = "${medborgarlofte.deadlines.check-interval:PT15M}",
            lockAtMostFor = "${medborgarlofte.deadlines.check-interval:PT15M}")
    void scheduled() {
        check(EngineContext.now());
    }

    /** Sends the notices due at {@code now} that were not sent before; returns how many went out. */
    public int check(Instant now) {
        int sent = 0;
        Instant remindFrom = calendar.endOf(calendar.day(now).plus(deadlines.reminder()));
        for (Task task : tasks.createTaskQuery()
                .active()
                .dueAfter(Date.from(now))
                .dueBefore(Date.from(remindFrom))
                .orderByDueDate()
                .asc()
                .listPage(0, BATCH)) {
            sent += sendOnce(
                    task,
                    "reminder",
                    now,
                    () -> TaskMail.reminder(
                            Recipients.of(identity, task.getAssignee(), groups(task)),
                            task.getName(),
                            pledge(task),
                            lastDay(task),
                            link(task)));
        }
        List<String> coordinators = Recipients.of(identity, null, List.of(OrganisationGroup.SAMORDNARE.id()));
        for (Task task : tasks.createTaskQuery()
                .active()
                .dueBefore(Date.from(now))
                .orderByDueDate()
                .asc()
                .listPage(0, BATCH)) {
            sent += sendOnce(
                    task,
                    "escalation",
                    now,
                    () -> TaskMail.escalation(
                            coordinators, task.getName(), pledge(task), lastDay(task), groups(task), link(task)));
        }
        return sent;
    }

    /** Claims the notice, sends it and records it as sent; when it did not go out, the claim is released. */
    private int sendOnce(Task task, String kind, Instant now, Supplier<TaskMail> mail) {
        DeadlineNotices.Notice notice =
                new DeadlineNotices.Notice(task.getId(), kind, task.getDueDate().toInstant());
        if (!notices.claim(notice, now)) {
            return 0;
        }
        boolean delivered = false;
        try {
            delivered = mailer.send(mail.get());
        } finally {
            if (delivered) {
                notices.sent(notice, now);
            } else {
                notices.release(notice);
            }
        }
        return delivered ? 1 : 0;
    }

    private List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .toList();
    }

    private String pledge(Task task) {
        if (task.getProcessInstanceId() == null) {
            return "";
        }
        Object title = runtime.getVariable(task.getProcessInstanceId(), "pledgeTitle");
        String number = Objects.toString(pledges.ofProcessInstance(task.getProcessInstanceId()), "");
        return title == null ? number : title + " (" + number + ")";
    }

    private LocalDate lastDay(Task task) {
        return calendar.lastDayBefore(task.getDueDate().toInstant());
    }

    private String link(Task task) {
        return notifications.tasklistUrl() + "#/?task=" + task.getId();
    }
}
