package se.medborgarlofte.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The scheduler lock on the quick start's H2 database (migrated as the application migrates it) with the database's
 * clock: each node has a lock provider of its own, as two servers would. PostgreSQL: {@code TwoNodesIntegrationTests}.
 */
class SchedulerLockTests {

    private static LockProvider firstNode;
    private static LockProvider secondNode;

    @BeforeAll
    static void twoNodesOnOneDatabase() {
        SimpleDriverDataSource h2 = new SimpleDriverDataSource(
                new org.h2.Driver(), "jdbc:h2:mem:scheduler-locks;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        firstNode = new SchedulerLockConfiguration().lockProvider(h2);
        secondNode = new SchedulerLockConfiguration().lockProvider(h2);
    }

    @Test
    void aJobLockedOnOneNodeDoesNotRunOnAnotherUntilItIsDone() {
        Optional<SimpleLock> held = firstNode.lock(lock("deadline-watch", Duration.ZERO));
        assertThat(held).isPresent();
        assertThat(secondNode.lock(lock("deadline-watch", Duration.ZERO))).isEmpty();
        assertThat(firstNode.lock(lock("weekly-digest", Duration.ZERO)))
                .as("another job")
                .isPresent();

        held.get().unlock();

        assertThat(secondNode.lock(lock("deadline-watch", Duration.ZERO))).isPresent();
    }

    @Test
    void aQuickJobKeepsItsLockForItsLeastTimeSoThatALateNodeDoesNotRunItAgain() {
        firstNode.lock(lock("quick-job", Duration.ofMinutes(10))).orElseThrow().unlock();

        assertThat(secondNode.lock(lock("quick-job", Duration.ofMinutes(10)))).isEmpty();
    }

    private static LockConfiguration lock(String name, Duration atLeast) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(30), atLeast);
    }
}
