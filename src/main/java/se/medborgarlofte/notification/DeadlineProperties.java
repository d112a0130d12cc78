package se.medborgarlofte.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
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

    /** The zone in which a deadline is the end of a calendar day. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    public Period forTask(String taskKey) {
        return tasks.getOrDefault(taskKey, standard);
    }

    /** The last day a task created at {@code created} has: its configured time after the day it was created. */
    public LocalDate lastDay(String taskKey, Instant created) {
        return LocalDate.ofInstant(created, SWEDEN).plus(forTask(taskKey));
    }

    /** The deadline of such a task: the end of its last day, in Sweden. */
    public Date deadline(String taskKey, Instant created) {
        return Date.from(lastDay(taskKey, created).plusDays(1).atStartOfDay(SWEDEN).toInstant());
    }
}
