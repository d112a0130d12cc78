package se.medborgarlofte.notification;

import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of user tasks that the model does not date itself (measures take theirs from the commitment).
 *
 * @param standard the time a task has when nothing else is configured for it
 * @param tasks    the time per task, by task id (e.g. {@code draft-pledge: P30D})
 * @param reminder how long before the deadline the people who should act are reminded
 */
@ConfigurationProperties("medborgarlofte.deadlines")
public record DeadlineProperties(@DefaultValue("P14D") Period standard, @DefaultValue Map<String, Period> tasks,
                                 @DefaultValue("P3D") Period reminder) {

    public Period forTask(String taskKey) {
        return tasks.getOrDefault(taskKey, standard);
    }
}
