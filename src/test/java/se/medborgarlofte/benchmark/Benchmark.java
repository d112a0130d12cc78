package se.medborgarlofte.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.WebappLogin;

/**
 * The product's figures on PostgreSQL, measured through the application as its users reach it, printed as one table.
 * It starts the packaged application in a JVM of its own with the production JVM options, builds its data set
 * through the API (pledges started with {@code POST /api/pledges}, whole pledge-years driven through the engine REST
 * API), then measures: Tasklist's list and count for three users beside the same query run without the authorization
 * check, the case API and the pledge PDF, task completion with 8 users at once beside one user alone, lifecycles per
 * minute, the database size of a pledge-year, start-up time and resident memory. Sizes come from system properties
 * ({@code benchmark.pledges}, {@code benchmark.lifecycles}, {@code benchmark.rounds}); not a test, it judges nothing.
 */
public final class Benchmark {

    static final String PASSWORD = EngineRestClient.DEMO_PASSWORD;
    private static final List<String> TASKLIST_USERS = List.of("polis", "forening", "samordnare");

    private final Settings settings;
    private final Report report = new Report();
    private final JdbcTemplate jdbc;
    private int port;

    Benchmark(Settings settings) {
        this.settings = settings;
        this.jdbc =
                new JdbcTemplate(new DriverManagerDataSource(settings.jdbcUrl(), settings.user(), settings.password()));
    }

    public static void main(String[] args) throws Exception {
        new Benchmark(Settings.fromSystemProperties()).run().print(System.out);
    }

    /** Everything, in order; the application is stopped at the end. */
    Report run() throws Exception {
        RunningApplication.prepare(settings);
        // the first start creates the engine's tables and the demo data; the second is the one an operator sees
        RunningApplication.start(settings).close();
        try (RunningApplication application = RunningApplication.start(settings)) {
            port = application.port();
            report.figure(
                    "start-up (process start to readiness UP)", Report.format("%.1f s", application.startSeconds()));
            report.figure("resident memory after start", application.residentMiB() + " MiB");
            buildDataSet();
            tasklist();
            caseApi();
            publicPages();
            completions();
            report.figure("resident memory after the load", application.residentMiB() + " MiB");
        }
        return report;
    }

    private void buildDataSet() throws Exception {
        Http coordinator = Http.as(port, "samordnare", PASSWORD);
        long started = System.nanoTime();
        parallel(settings.loaders(), settings.pledges(), number -> coordinator.post("/api/pledges", newPledge(number)));
        double startSeconds = (System.nanoTime() - started) / 1e9;

        long sizeBefore = databaseBytes();
        started = System.nanoTime();
        Lifecycle lifecycle = new Lifecycle(port);
        parallel(settings.loaders(), settings.lifecycles(), lifecycle::run);
        double lifecycleMinutes = (System.nanoTime() - started) / 60e9;
        long sizeAfter = databaseBytes();
        jdbc.execute("ANALYZE");

        report.figure(
                "full lifecycles through REST (" + settings.loaders() + " at a time)",
                Report.format("%.1f per minute", settings.lifecycles() / lifecycleMinutes));
        report.figure(
                "database size per pledge-year",
                Report.format("%.0f KiB", (sizeAfter - sizeBefore) / 1024.0 / Math.max(1, settings.lifecycles())));
        report.note(Report.format(
                "Data set: %d pledges started through POST /api/pledges in %.0f s, %d pledge-years in %.1f min;"
                        + " %d open tasks (%d of them for polis), %d historic rows, database %d MiB",
                settings.pledges(),
                startSeconds,
                settings.lifecycles(),
                lifecycleMinutes,
                count("SELECT COUNT(*) FROM act_ru_task"),
                count(
                        "SELECT COUNT(DISTINCT task_id_) FROM act_ru_identitylink WHERE group_id_ = 'polis' AND type_ = 'candidate'"),
                historicRows(),
                sizeAfter / 1024 / 1024));
    }

    /** Tasklist's list (15, as HAL with the filter's variables) and count, beside the same filter as an admin. */
    private void tasklist() {
        Http admin = Http.as(port, "admin", PASSWORD);
        String groupFilter = filterId(admin, "Min grupps uppgifter");
        for (String user : TASKLIST_USERS) {
            String reference = referenceFilter(admin, user);
            try {
                Http asUser = Http.as(port, user, PASSWORD);
                report.latency(
                        user + ": Tasklist list \"Min grupps uppgifter\"",
                        time(() -> list(asUser, "/engine-rest", groupFilter)),
                        "admin, same query",
                        time(() -> list(admin, "/engine-rest", reference)));
                report.latency(
                        user + ": Tasklist count",
                        time(() -> asUser.post("/engine-rest/filter/" + groupFilter + "/count", Map.of())),
                        "admin, same query",
                        time(() -> admin.post("/engine-rest/filter/" + reference + "/count", Map.of())));
                if (user.equals("polis")) {
                    TestRestTemplate rest =
                            new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
                    Http browser = Http.inSession(port, WebappLogin.session(rest, "tasklist", user, PASSWORD));
                    report.latency(
                            user + ": the same list through the webapps' API",
                            time(() -> list(browser, "/camunda/api/engine/engine/default", groupFilter)),
                            "admin, same query",
                            time(() -> list(admin, "/engine-rest", reference)));
                }
            } finally {
                admin.delete("/engine-rest/filter/" + reference);
            }
        }
    }

    private void caseApi() {
        Http coordinator = Http.as(port, "samordnare", PASSWORD);
        Http municipality = Http.as(port, "kommun", PASSWORD);
        String pledge = Http.read(coordinator.get("/api/pledges?size=1"))
                .at("/items/0/registrationNumber")
                .asText();
        report.latency("case list (first page)", time(() -> coordinator.get("/api/pledges")));
        report.latency("case search (free text)", time(() -> coordinator.get("/api/pledges?q=parken")));
        report.latency("case detail", time(() -> municipality.get("/api/pledges/" + pledge)));
        report.latency("case timeline", time(() -> municipality.get("/api/pledges/" + pledge + "/timeline")));
        report.latency("pledge PDF", time(() -> municipality.get("/api/pledges/" + pledge + "/document.pdf")));
    }

    /**
     * The citizens' pages, served from the database on every request (no ETag sent), beside the officers' case list
     * and case detail measured the same way.
     */
    private void publicPages() {
        Http citizen = Http.anonymous(port);
        Http coordinator = Http.as(port, "samordnare", PASSWORD);
        JsonNode published = Http.read(citizen.get("/oppna-data/medborgarloften.json"));
        if (published.isEmpty()) {
            report.note("No pledge was published (signed and communicated): the public pages were not measured.");
            return;
        }
        String pledge = published.at("/0/summary/registrationNumber").asText();
        report.latency(
                "public list (first page)",
                time(() -> citizen.get("/medborgarloften")),
                "case list",
                time(() -> coordinator.get("/api/pledges")));
        report.latency(
                "public pledge page",
                time(() -> citizen.get("/medborgarloften/" + pledge)),
                "case detail",
                time(() -> coordinator.get("/api/pledges/" + pledge)));
        report.latency(
                "open data, all published pledges (JSON)", time(() -> citizen.get("/oppna-data/medborgarloften.json")));
        report.note(Report.format(
                "Public pages: %d of %d pledges published (signed and communicated).",
                published.size(), count("SELECT COUNT(*) FROM pledge")));
    }

    /** Completing the municipality's citizen dialogue: 8 users at once beside one user alone. */
    private void completions() throws Exception {
        Http municipality = Http.as(port, "kommun", PASSWORD);
        int each = Math.max(1, settings.rounds() / 4);
        List<String> taskIds = dialogueTasks(municipality, each * 9);
        AtomicInteger next = new AtomicInteger();
        double[] alone = new double[each];
        for (int i = 0; i < each; i++) {
            alone[i] = millis(() -> complete(municipality, taskIds.get(next.getAndIncrement())));
        }
        double[] together = new double[each * 8];
        ExecutorService users = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < together.length; i++) {
                int slot = i;
                done.add(users.submit(() ->
                        together[slot] = millis(() -> complete(municipality, taskIds.get(next.getAndIncrement())))));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            users.shutdown();
        }
        report.latency("task completion, 8 users at once", Samples.of(together), "one user alone", Samples.of(alone));
    }

    private static List<String> dialogueTasks(Http municipality, int count) {
        List<String> ids = new ArrayList<>();
        Http.read(municipality.get("/engine-rest/task?taskDefinitionKey=hold-citizen-dialogue&candidateGroup=kommun"
                        + "&maxResults=" + count))
                .forEach(task -> ids.add(task.path("id").asText()));
        if (ids.size() < count) {
            throw new IllegalStateException("Only " + ids.size() + " citizen dialogues open; raise benchmark.pledges");
        }
        return ids;
    }

    private static void complete(Http municipality, String taskId) {
        municipality.post(
                "/engine-rest/task/" + taskId + "/submit-form",
                Map.of(
                        "variables",
                        EngineRestClient.typed(Map.of(
                                "dialogueMethod", "enkat",
                                "dialogueStart", "2026-09-01",
                                "dialogueEnd", "2026-09-30",
                                "dialogueParticipants", 40,
                                "dialogueConcerns", "Mörkt vid busshållplatsen"))));
    }

    private static String list(Http http, String api, String filter) {
        return http.post(
                api + "/filter/" + filter + "/list?firstResult=0&maxResults=15",
                Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))),
                "application/hal+json");
    }

    private static String filterId(Http admin, String name) {
        JsonNode filters = Http.read(admin.get("/engine-rest/filter?resourceType=Task&maxResults=50"));
        for (JsonNode filter : filters) {
            if (filter.path("name").asText().equals(name)) {
                return filter.path("id").asText();
            }
        }
        throw new IllegalStateException("No Tasklist filter named " + name);
    }

    /** A filter owned by the admin with the user's groups written out: the same query, without the check. */
    private static String referenceFilter(Http admin, String user) {
        List<String> groups = new ArrayList<>();
        Http.read(admin.get("/engine-rest/group?member=" + user + "&maxResults=50"))
                .forEach(group -> groups.add(group.path("id").asText()));
        JsonNode created = Http.read(admin.post(
                "/engine-rest/filter/create",
                Map.of(
                        "resourceType",
                        "Task",
                        "name",
                        "Jämförelse: " + user,
                        "owner",
                        "admin",
                        "query",
                        Map.of(
                                "candidateGroups",
                                groups,
                                "includeAssignedTasks",
                                true,
                                "sorting",
                                List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc"))),
                        "properties",
                        Map.of(
                                "variables",
                                List.of(
                                        Map.of("name", "registrationNumber", "label", "Löftesnummer"),
                                        Map.of("name", "pledgeTitle", "label", "Medborgarlöfte"),
                                        Map.of("name", "area", "label", "Område"))))));
        return created.path("id").asText();
    }

    private Samples time(Runnable call) {
        for (int i = 0; i < settings.warmUp(); i++) {
            call.run();
        }
        double[] millis = new double[settings.rounds()];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = millis(call);
        }
        return Samples.of(millis);
    }

    private static double millis(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** Runs {@code work} for 1..count on {@code threads} threads; the first failure stops the benchmark. */
    private static void parallel(int threads, int count, java.util.function.IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                int number = i;
                done.add(pool.submit(() -> work.accept(number)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> newPledge(int number) {
        LocalDate start = LocalDate.of(2027, 1, 1).plusDays(number % 300);
        String area = AREAS.get(number % AREAS.size());
        return Map.of(
                "title",
                "Tryggare " + area + " " + number,
                "area",
                area,
                "background",
                "Boende i " + area + " beskriver skadegörelse och otrygghet på kvällarna.",
                "periodStart",
                start.toString(),
                "periodEnd",
                start.plusYears(2).minusDays(1).toString(),
                "parties",
                List.of("polisen", "kommunen", number % 2 == 0 ? "forening" : "naringsliv"));
    }

    private static final List<String> AREAS = List.of(
            "Gustav Adolfs plan",
            "Västerleden",
            "Stationsområdet",
            "Norra parken",
            "Hamnen",
            "Centrum",
            "Södra torget",
            "Skolgården",
            "Resecentrum",
            "Idrottsplatsen");

    private long databaseBytes() {
        return count("SELECT pg_database_size(current_database())");
    }

    private long historicRows() {
        return jdbc
                .queryForList(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                                + " AND table_name LIKE 'act\\_hi\\_%'",
                        String.class)
                .stream()
                .mapToLong(table -> count("SELECT COUNT(*) FROM " + table))
                .sum();
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
