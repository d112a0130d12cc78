package se.medborgarlofte.system;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled work runs once across the nodes that share the database: every {@code @Scheduled} method, in whichever
 * feature, also carries {@code @SchedulerLock} with a name of its own, and runs only on the node that takes that lock
 * in the {@code shedlock} table (migration V8). It lives here rather than beside the jobs because it is the
 * installation's rule for all scheduled work, and it is on even where a node schedules nothing itself
 * ({@code medborgarlofte.deadlines.watch=false}), so that a job called on such a node takes the lock all the same.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLockConfiguration {

    /** Lock times come from the database's clock (on PostgreSQL and H2 alike), so the nodes' clocks need not agree. */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
