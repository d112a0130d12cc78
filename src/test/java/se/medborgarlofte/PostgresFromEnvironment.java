package se.medborgarlofte;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the datasource at the PostgreSQL server named by the libpq variables PGHOST, PGPORT, PGDATABASE, PGUSER and
 * PGPASSWORD, and mail at the test JVM's own SMTP server. Integration tests fail, rather than skip, when there is no
 * PostgreSQL.
 */
public class PostgresFromEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("postgres-from-environment", properties(database())));
    }

    /** The application's properties for the named database on the PG* server, with mail to the test SMTP server. */
    public static Map<String, Object> properties(String database) {
        return Map.of(
                "spring.datasource.url", url(database),
                "spring.datasource.username", env("PGUSER", "postgres"),
                "spring.datasource.password", env("PGPASSWORD", ""),
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(TestMailServer.port()),
                // the job executor runs in the tests; when the clock is moved, it should find due timers within a
                // second
                "camunda.bpm.job-execution.wait-time-in-millis", "200",
                "camunda.bpm.job-execution.max-wait", "1000");
    }

    /** The PG* database, which the integration tests' application uses. */
    public static String database() {
        return env("PGDATABASE", "postgres");
    }

    /** A connection to the PG* database itself, e.g. to create another database on the same server. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(database()), env("PGUSER", "postgres"), env("PGPASSWORD", ""));
    }

    private static String url(String database) {
        String host = System.getenv("PGHOST");
        if (host == null || host.isBlank()) {
            throw new IllegalStateException(
                    "The integration tests need PostgreSQL: run the test command from the README, "
                            + "pg_virtualenv ./mvnw verify, or set PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD.");
        }
        return "jdbc:postgresql://%s:%s/%s".formatted(host, env("PGPORT", "5432"), database);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
