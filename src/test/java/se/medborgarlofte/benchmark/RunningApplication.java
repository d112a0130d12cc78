package se.medborgarlofte.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application as production runs it: the packaged jar unpacked with its class-data archive by
 * {@code docker/class-data.sh} as the Docker image is built, in a JVM of its own with the options of
 * {@code docker/jvm.options}, on the benchmark's PostgreSQL database with the demo users. Its start-up is timed from the process's start until
 * readiness answers UP; its memory is read from the kernel.
 */
final class RunningApplication implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final HttpClient PROBE = HttpClient.newHttpClient();

    private final Process process;
    private final int port;
    private final double startSeconds;

    private RunningApplication(Process process, int port, double startSeconds) {
        this.process = process;
        this.port = port;
        this.startSeconds = startSeconds;
    }

    /** Unpacks the jar and writes its class-data archive, once per benchmark, as the Dockerfile does. */
    static void prepare(Settings settings) throws IOException, InterruptedException {
        Process preparation = new ProcessBuilder(
                        "sh",
                        "docker/class-data.sh",
                        settings.jar().toString(),
                        settings.applicationDirectory().toString(),
                        settings.jvmOptions().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (preparation.waitFor() != 0) {
            throw new IllegalStateException("docker/class-data.sh failed with exit code " + preparation.exitValue());
        }
    }

    static RunningApplication start(Settings settings) throws IOException, InterruptedException {
        Path directory = settings.applicationDirectory();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + settings.jvmOptions().toAbsolutePath(),
                "-XX:SharedArchiveFile=application.jsa",
                "-jar",
                "medborgarlofte.jar"));
        command.addAll(settings.applicationArguments());
        Path log = Files.createTempFile("benchmark-application", ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        RunningApplication application = new RunningApplication(process, settings.applicationPort(), 0);
        while (!application.ready()) {
            if (!process.isAlive() || System.nanoTime() - started > START_LIMIT.toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException("The application did not start; its log: " + log);
            }
            Thread.sleep(50);
        }
        return new RunningApplication(process, settings.applicationPort(), (System.nanoTime() - started) / 1e9);
    }

    int port() {
        return port;
    }

    double startSeconds() {
        return startSeconds;
    }

    /** Resident memory of the application's process, as the kernel counts it. */
    long residentMiB() {
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                            .filter(line -> line.startsWith("VmRSS:"))
                            .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                            .findFirst()
                            .orElseThrow()
                    / 1024;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean ready() {
        try {
            HttpResponse<Void> response = PROBE.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the application as its service manager would (SIGTERM), and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
