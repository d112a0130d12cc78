package se.medborgarlofte.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the deadline watch on its schedule; {@code medborgarlofte.deadlines.watch=false} turns it off. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "medborgarlofte.deadlines.watch", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
