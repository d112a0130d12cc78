package se.medborgarlofte.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.medborgarlofte.Application;

/**
 * Measures the latency of {@code GET /api/pledges} with 10,000 pledges in PostgreSQL, over HTTP as a client sees it,
 * and prints median, 95th percentile and maximum per kind of query. Not a test: it asserts nothing and runs only
 * when called. Run it with a throwaway PostgreSQL (see README):
 *
 * <pre>pg_virtualenv ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.medborgarlofte.benchmark.PledgeListBenchmark</pre>
 */
public final class PledgeListBenchmark {

    private static final int PLEDGES = Integer.getInteger("benchmark.pledges", 10_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 300);
    private static final String[] AREAS = {
        "Gustav Adolfs plan",
        "Västerleden",
        "Stationsområdet",
        "Norra parken",
        "Hamnen",
        "Centrum",
        "Södra torget",
        "Skolgården",
        "Resecentrum",
        "Idrottsplatsen"
    };
    private static final String[] STAGES = {
        "identify-need", "agree-with-police", "implement", "follow-up", "conclude", "ended"
    };
    private static final String[] PARTIES = {"polisen", "kommunen", "forening", "naringsliv"};

    private PledgeListBenchmark() {}

    public static void main(String[] args) throws Exception {
        String host = System.getenv("PGHOST");
        if (host == null) {
            throw new IllegalStateException(
                    "Run the benchmark with pg_virtualenv, or set PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD.");
        }
        SpringApplication application = new SpringApplication(Application.class);
        application.setAdditionalProfiles("postgres", "demo");
        try (ConfigurableApplicationContext context = application.run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://%s:%s/%s"
                        .formatted(host, env("PGPORT", "5432"), env("PGDATABASE", "postgres")),
                "--spring.datasource.username=" + env("PGUSER", "postgres"),
                "--spring.datasource.password=" + env("PGPASSWORD", ""),
                "--logging.level.root=WARN")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long inserted = seed(jdbc);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            System.out.printf(
                    "Pledges in the database: %d (%d inserted for the benchmark)%n",
                    jdbc.queryForObject("SELECT COUNT(*) FROM pledge", Long.class), inserted);
            HttpClient client = HttpClient.newHttpClient();
            String auth = "Basic "
                    + Base64.getEncoder().encodeToString("samordnare:Tryggare-2026!".getBytes(StandardCharsets.UTF_8));
            Map<String, String> queries = new java.util.LinkedHashMap<>();
            queries.put("first page, default order", "/api/pledges");
            queries.put("status + party filter", "/api/pledges?status=active&party=forening");
            queries.put("stage + year filter", "/api/pledges?stage=implement&year=2025");
            queries.put("area filter", "/api/pledges?area=hamnen");
            queries.put("free text", "/api/pledges?q=parken");
            queries.put("sorted by title", "/api/pledges?sort=title,asc");
            queries.put("deep page (page 400)", "/api/pledges?page=400&size=20");
            System.out.printf("%-28s %10s %10s %10s %8s%n", "query", "median ms", "p95 ms", "max ms", "rounds");
            for (Map.Entry<String, String> query : queries.entrySet()) {
                double[] millis = measure(client, auth, port, query.getValue());
                Arrays.sort(millis);
                System.out.printf(
                        "%-28s %10.2f %10.2f %10.2f %8d%n",
                        query.getKey(),
                        percentile(millis, 50),
                        percentile(millis, 95),
                        millis[millis.length - 1],
                        millis.length);
            }
        }
    }

    private static double[] measure(HttpClient client, String auth, int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", auth)
                .GET()
                .build();
        for (int i = 0; i < 30; i++) {
            client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        return millis;
    }

    /** Inserts the benchmark's pledges of 2025 directly, as the processes would have registered them. */
    private static long seed(JdbcTemplate jdbc) {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM pledge WHERE registration_year = 2025", Long.class);
        if (existing != null && existing >= PLEDGES) {
            return 0;
        }
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> pledges = new ArrayList<>();
        for (int i = 1; i <= PLEDGES; i++) {
            String area = AREAS[i % AREAS.length];
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(i % 365);
            pledges.add(new Object[] {
                "ML-2025-%04d".formatted(i),
                2025,
                i,
                "Tryggare " + area + " " + i,
                area,
                "Bakgrund för löfte " + i + " om otrygghet i " + area + ".",
                Date.valueOf(start),
                Date.valueOf(start.plusYears(2)),
                STAGES[i % STAGES.length],
                i % 7 == 0 ? "closed" : "active",
                "benchmark-" + i,
                now,
                now
            });
        }
        jdbc.batchUpdate("""
                INSERT INTO pledge (registration_number, registration_year, registration_sequence, title, area, background,
                    period_start, period_end, stage, status, process_instance_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", pledges);
        jdbc.update("INSERT INTO registration_sequence (registration_year, last_value) VALUES (2025, ?)", PLEDGES);
        jdbc.update("""
                INSERT INTO pledge_party (pledge_id, party)
                SELECT id, 'polisen' FROM pledge WHERE registration_year = 2025
                UNION ALL SELECT id, 'kommunen' FROM pledge WHERE registration_year = 2025
                UNION ALL SELECT id, ? FROM pledge WHERE registration_year = 2025 AND MOD(registration_sequence, 2) = 0""", PARTIES[2]);
        jdbc.execute("ANALYZE");
        return PLEDGES;
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
