package se.medborgarlofte;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the datasource at the PostgreSQL server named by the libpq variables PGHOST, PGPORT, PGDATABASE, PGUSER and
 * PGPASSWORD, and mail at the test JVM's own SMTP server. Integration tests fail, rather than skip, when there is no
 * PostgreSQL.
 */
class PostgresFromEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String host = System.getenv("PGHOST");
        if (host == null || host.isBlank()) {
            throw new IllegalStateException("The integration tests need PostgreSQL: run the test command from the README, "
                    + "pg_virtualenv ./mvnw verify, or set PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD.");
        }
        String url = "jdbc:postgresql://%s:%s/%s".formatted(host, env("PGPORT", "5432"), env("PGDATABASE", "postgres"));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-from-environment", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", env("PGUSER", "postgres"),
                "spring.datasource.password", env("PGPASSWORD", ""),
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(TestMailServer.port()),
                // the job executor runs in the tests; when the clock is moved, it should find due timers within a second
                "camunda.bpm.job-execution.wait-time-in-millis", "200",
                "camunda.bpm.job-execution.max-wait", "1000")));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
