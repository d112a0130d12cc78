package se.medborgarlofte.notification;

import java.time.Instant;
import java.time.Period;
import java.util.Date;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.medborgarlofte.system.CaseCalendar;

/**
 * Deadlines of user tasks that the model does not date itself (measures take theirs from the commitment).
 *
 * @param standard the time a task has when nothing else is configured for it
 * @param tasks    the time per task, by task id (e.g. {@code draft-pledge: P30D})
 * @param reminder how long before the deadline the people who should act are reminded
 */
@ConfigurationProperties("medborgarlofte.deadlines")
public record DeadlineProperties(
        @DefaultValue("P14D") Period standard,
        @DefaultValue Map<String, Period> tasks,
        @DefaultValue("P3D") Period reminder) {

    public Period forTask(String taskKey) {
        return tasks.getOrDefault(taskKey, standard);
    }

    /**
     * The deadline of a task created at {@code created}: the end of its last day, which is its configured time after
     * the day it was created.
     */
    public Date deadline(String taskKey, Instant created, CaseCalendar calendar) {
        return Date.from(calendar.endOf(calendar.day(created).plus(forTask(taskKey))));
    }
}
