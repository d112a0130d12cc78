package se.medborgarlofte.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Status;

/** Readiness follows the job executor: down while it is stopped, up on a node configured without one. */
class JobExecutorHealthIndicatorTests {

    @Test
    void aStoppedJobExecutorIsDown() {
        JobExecutor stopped = new DefaultJobExecutor();

        assertThat(indicator(stopped).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aRunningJobExecutorIsUp() {
        JobExecutor running = new DefaultJobExecutor() {
            @Override
            public boolean isActive() {
                return true;
            }
        };

        assertThat(indicator(running).health().getStatus()).isEqualTo(Status.UP);
        assertThat(indicator(running).health().getDetails()).containsEntry("active", true);
    }

    @Test
    void aNodeWithoutJobExecutorIsUp() {
        JobExecutorHealthIndicator indicator =
                new JobExecutorHealthIndicator(new StaticListableBeanFactory().getBeanProvider(JobExecutor.class));

        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(indicator.health().getDetails()).containsEntry("enabled", false);
    }

    private static JobExecutorHealthIndicator indicator(JobExecutor executor) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("jobExecutor", executor);
        return new JobExecutorHealthIndicator(beans.getBeanProvider(JobExecutor.class));
    }
}
