package se.medborgarlofte.notification.process;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import se.medborgarlofte.notification.Mailer;
import se.medborgarlofte.notification.NotificationProperties;
import se.medborgarlofte.notification.Recipients;
import se.medborgarlofte.notification.TaskMail;
import se.medborgarlofte.system.CaseCalendar;

/** Called when any user task is created: tells its assignee, or its candidate groups' members, by email. */
@Component
@RequiredArgsConstructor
public class TaskNotificationListener implements TaskListener {

    private final Mailer mailer;

    private final NotificationProperties properties;
    private final CaseCalendar calendar;

    @Override
    public void notify(DelegateTask task) {
        IdentityService identity = task.getProcessEngineServices().getIdentityService();
        // who belongs to the group is not the acting user's business, but the message must reach them
        List<String> recipients = Context.getCommandContext().runWithoutAuthorization(() -> recipients(task, identity));
        LocalDate due = task.getDueDate() == null
                ? null
                : calendar.lastDayBefore(task.getDueDate().toInstant());
        mailer.sendAfterCommit(TaskMail.newTask(
                recipients,
                task.getName(),
                (String) task.getVariable("pledgeTitle"),
                task.getExecution().getProcessBusinessKey(),
                due,
                properties.tasklistUrl() + "#/?task=" + task.getId()));
    }

    private static List<String> recipients(DelegateTask task, IdentityService identity) {
        return Recipients.of(
                identity,
                task.getAssignee(),
                task.getCandidates().stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .map(link -> link.getGroupId())
                        .toList());
    }
}
