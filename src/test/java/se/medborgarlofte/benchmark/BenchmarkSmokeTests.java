package se.medborgarlofte.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The benchmark at a small size on a database of its own, run after the jar is packaged (failsafe), so that the
 * command in the README keeps working: every figure is measured and printed. It judges no figure.
 */
class BenchmarkSmokeTests {

    @Test
    void theBenchmarkMeasuresEveryFigureThroughThePackagedApplication() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        new JdbcTemplate(new DriverManagerDataSource(settings.jdbcUrl(), settings.user(), settings.password()))
                .execute("DROP DATABASE IF EXISTS benchmark_smoke");
        new JdbcTemplate(new DriverManagerDataSource(settings.jdbcUrl(), settings.user(), settings.password()))
                .execute("CREATE DATABASE benchmark_smoke");

        Report report = new Benchmark(settings.small("benchmark_smoke")).run();
        report.print(System.out);

        assertThat(report.lines())
                .extracting(Report.Line::figure)
                .contains(
                        "start-up (process start to readiness UP)",
                        "resident memory after start",
                        "polis: Tasklist list \"Min grupps uppgifter\"",
                        "polis: the same list through the webapps' API",
                        "samordnare: Tasklist count",
                        "pledge PDF",
                        "task completion, 8 users at once",
                        "database size per pledge-year",
                        "resident memory after the load");
        assertThat(report.lines()).allSatisfy(line -> assertThat(line.value()).doesNotStartWith("0"));
    }
}
