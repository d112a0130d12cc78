package se.medborgarlofte.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's sizes, its database and the application it starts. The defaults give about 20,000 open tasks
 * (three for each started pledge) and, with the pledge-years, about a year of history; CI runs it with small sizes
 * so that it cannot rot.
 */
record Settings(
        int pledges,
        int lifecycles,
        int rounds,
        int warmUp,
        int loaders,
        Path jar,
        Path applicationDirectory,
        Path jvmOptions,
        int applicationPort,
        String jdbcUrl,
        String user,
        String password) {

    static Settings fromSystemProperties() {
        String host = System.getenv("PGHOST");
        if (host == null) {
            throw new IllegalStateException(
                    "Run the benchmark with pg_virtualenv, or set PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD.");
        }
        return new Settings(
                Integer.getInteger("benchmark.pledges", 6_700),
                Integer.getInteger("benchmark.lifecycles", 100),
                Integer.getInteger("benchmark.rounds", 60),
                Integer.getInteger("benchmark.warm-up", 15),
                Integer.getInteger("benchmark.loaders", 4),
                packagedJar(),
                Path.of("target", "benchmark-application"),
                Path.of(System.getProperty("benchmark.jvm-options", "docker/jvm.options")),
                freePort(),
                "jdbc:postgresql://%s:%s/%s".formatted(host, env("PGPORT", "5432"), env("PGDATABASE", "postgres")),
                env("PGUSER", "postgres"),
                env("PGPASSWORD", ""));
    }

    /** With small sizes on another database of the same server, for the build's check that the benchmark runs. */
    Settings small(String database) {
        String otherDatabase = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + database;
        return new Settings(
                12, 1, 5, 2, 2, jar, applicationDirectory, jvmOptions, applicationPort, otherDatabase, user, password);
    }

    List<String> applicationArguments() {
        return List.of(
                "--spring.profiles.active=postgres,demo",
                "--server.port=" + applicationPort,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--logging.level.root=WARN");
    }

    private static Path packagedJar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("medborgarlofte-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw package"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
