package se.medborgarlofte;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import se.medborgarlofte.system.AuthorizationJoinGuard;

/**
 * The whole application on a real PostgreSQL server, in the {@code postgres} and {@code demo} profiles, on a random
 * port. The server comes from the PG* environment variables that {@code pg_virtualenv} sets (see README). Every error
 * answer a test provokes is checked by {@link ErrorBodyGuard}, and every task and variable query with an authorization
 * check is answered also by the engine's own authorization join and compared by {@link AuthorizationJoinGuard}.
 * Metrics are exported as in production (Spring Boot's tests leave them out unless asked), so that
 * {@code /actuator/prometheus} is there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
@ContextConfiguration(initializers = PostgresFromEnvironment.class)
@Import({ErrorBodyGuard.class, AuthorizationJoinGuard.class})
@AutoConfigureObservability(tracing = false)
public @interface PostgresIntegrationTest {}
