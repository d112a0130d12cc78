package se.medborgarlofte.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.TaskPledges;
import se.medborgarlofte.identity.OrganisationGroup;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.EngineContext;

/**
 * The coordinators' weekly digest: per pledge, the tasks that are overdue and those falling due in the coming week,
 * with links to Tasklist.
 */
@Component
@RequiredArgsConstructor
public class WeeklyDigest {

    private final TaskService tasks;

    private static final int MAX_TASKS = 1000;

    private final TaskPledges pledges;
    private final IdentityService identity;
    private final Mailer mailer;
    private final NotificationProperties notifications;
    private final CaseCalendar calendar;

    /**
     * Every node fires this cron at the same second by its own clock; the one that takes the lock sends the digest and
     * keeps the lock for ten minutes, so that a node whose clock is a little behind finds it taken, even when the digest
     * was quick.
     */
    @Scheduled(
            cron = "${medborgarlofte.digest.cron:0 0 7 * * MON}",
            zone = "${medborgarlofte.pledge.time-zone:Europe/Stockholm}")
    @SchedulerLock(name = "weekly-digest", lockAtLeastFor = "PT10M")
    void scheduled() {
        send(EngineContext.now());
    }

    /** Sends the digest as of {@code now} to the coordinators. */
    public void send(Instant now) {
        Instant weekAhead = now.plus(Duration.ofDays(7));
        List<Task> overdue = tasks.createTaskQuery()
                .active()
                .dueBefore(Date.from(now))
                .orderByDueDate()
                .asc()
                .listPage(0, MAX_TASKS);
        List<Task> comingWeek = tasks.createTaskQuery()
                .active()
                .dueAfter(Date.from(now))
                .dueBefore(Date.from(weekAhead))
                .orderByDueDate()
                .asc()
                .listPage(0, MAX_TASKS);
        StringBuilder body =
                new StringBuilder("Hej!\n\nSå här ser veckan ut för medborgarlöftena, " + calendar.day(now) + ".\n");
        section(body, "Försenade uppgifter", overdue);
        section(body, "Ska vara klara inom en vecka", comingWeek);
        body.append("\nMeddelandet skickades automatiskt av Medborgarlöfte. Svara inte på det.\n");
        String subject =
                "Veckosammanställning: " + overdue.size() + " försenade, " + comingWeek.size() + " inom en vecka";
        mailer.sendAfterCommit(new TaskMail(
                Recipients.of(identity, null, List.of(OrganisationGroup.SAMORDNARE.id())), subject, body.toString()));
    }

    private void section(StringBuilder body, String title, List<Task> list) {
        body.append('\n').append(title).append(" (").append(list.size()).append("):\n");
        if (list.isEmpty()) {
            body.append("  Inga.\n");
            return;
        }
        Map<String, List<Task>> byPledge = new TreeMap<>();
        for (Task task : list) {
            String pledge = task.getProcessInstanceId() == null ? "Utan ärende" : businessKey(task);
            byPledge.computeIfAbsent(pledge, key -> new ArrayList<>()).add(task);
        }
        byPledge.forEach((pledge, ofPledge) -> {
            body.append("  ").append(pledge).append(":\n");
            for (Task task : ofPledge) {
                body.append("    - ")
                        .append(task.getName())
                        .append(", klar senast ")
                        .append(calendar.lastDayBefore(task.getDueDate().toInstant()))
                        .append(": ")
                        .append(notifications.tasklistUrl())
                        .append("#/?task=")
                        .append(task.getId())
                        .append('\n');
            }
        });
    }

    private String businessKey(Task task) {
        return Objects.requireNonNullElse(pledges.ofProcessInstance(task.getProcessInstanceId()), "Utan löftesnummer");
    }
}
