package se.medborgarlofte.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the deadline watch and the weekly digest on their schedules; {@code medborgarlofte.deadlines.watch=false} turns
 * both off. Each runs once across the nodes sharing the database: see {@code system.SchedulerLockConfiguration}.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "medborgarlofte.deadlines.watch", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {}
