package se.medborgarlofte.operations;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code jobExecutor} contributor of the readiness group: up while the engine's job executor runs, down when it has
 * stopped, so that a node whose timers no longer fire is noticed. A node configured without one
 * ({@code camunda.bpm.job-execution.enabled=false}, e.g. a node that only serves users) is up: it serves as it should.
 * Takes the bean name of Camunda's own indicator, which then stands aside: that one does not exist on such a node, and
 * the readiness group would fail to start without it.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealthIndicator extends AbstractHealthIndicator {

    private final ObjectProvider<JobExecutor> jobExecutor;

    JobExecutorHealthIndicator(ObjectProvider<JobExecutor> jobExecutor) {
        super("The job executor's state could not be read");
        this.jobExecutor = jobExecutor;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        JobExecutor executor = jobExecutor.getIfAvailable();
        if (executor == null) {
            builder.up().withDetail("enabled", false);
            return;
        }
        boolean active = executor.isActive();
        (active ? builder.up() : builder.down())
                .withDetail("enabled", true)
                .withDetail("active", active)
                .withDetail("lockOwner", executor.getLockOwner());
    }
}
