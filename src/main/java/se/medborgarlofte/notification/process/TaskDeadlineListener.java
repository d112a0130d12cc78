package se.medborgarlofte.notification.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.notification.DeadlineProperties;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.EngineContext;

/**
 * Called when any user task is created: gives it its configured deadline unless the model dated it already. The
 * deadline is the end of the day, in Sweden, that many days after the task was created.
 */
@Component
@RequiredArgsConstructor
public class TaskDeadlineListener implements TaskListener {

    private final DeadlineProperties deadlines;

    private final CaseCalendar calendar;

    @Override
    public void notify(DelegateTask task) {
        if (task.getDueDate() != null) {
            return;
        }
        task.setDueDate(deadlines.deadline(task.getTaskDefinitionKey(), EngineContext.now(), calendar));
    }
}
