package se.medborgarlofte;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;

/**
 * Another node of the installation, in a JVM of its own, as a second server behind the proxy would be: the same
 * application (this test run's class path) on the same PostgreSQL database, with the webapps and the job executor.
 * A JVM of its own because Camunda's webapp starter keeps its filters in JVM-wide statics, and because its engine
 * must be called {@code default} like the first node's, as the webapps' sessions name it. Its output goes to a file
 * in {@code target/}; it is stopped with SIGTERM, as an orchestrator stops a node.
 */
@RequiredArgsConstructor
public final class SeparateNode implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(6);
    private static final Duration STOP = Duration.ofMinutes(2);

    private final Process process;
    private final int port;
    private final Path output;

    /** Starts a node on the PG* server's database with these properties besides the tests' own, and waits until ready. */
    public static SeparateNode start(String name, String database, Map<String, String> properties) throws IOException {
        int port = freePort();
        Path output = Paths.get("target", name + ".log").toAbsolutePath();
        Map<String, Object> all = new LinkedHashMap<>(PostgresFromEnvironment.properties(database));
        all.put("spring.profiles.active", "postgres,demo");
        all.put("server.port", port);
        all.putAll(properties);
        // an empty entry (the class path the tests run with ends in one) would put the working directory, with
        // bpmn/ and forms/ in it, on the class path a second time
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
        List<String> arguments = new ArrayList<>(List.of("-Xmx768m", "-cp", classPath, Application.class.getName()));
        all.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        // the class path is long: an argument file keeps the command line short
        Path argumentFile = Files.createTempFile(name, ".args");
        Files.write(argumentFile, arguments.stream().map(SeparateNode::quoted).toList(), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(
                        Paths.get(System.getProperty("java.home"), "bin", "java")
                                .toString(),
                        "@" + argumentFile)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        SeparateNode node = new SeparateNode(process, port, output);
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        node.awaitReady();
        return node;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Everything the node has printed so far. */
    public List<String> output() {
        try {
            return Files.readAllLines(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + output, e);
        }
    }

    /** Stops the node with SIGTERM and waits for it; returns its exit code. */
    public int stop() {
        process.destroy();
        try {
            if (!process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("The node did not stop within " + STOP + "; killed. Its output: " + output);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private void awaitReady() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The node stopped while starting: " + tail());
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep();
        }
        process.destroyForcibly();
        throw new AssertionError("The node was not ready within " + START + ": " + tail());
    }

    private String tail() {
        List<String> lines = output();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One argument of an argument file, quoted as the java launcher reads it. */
    private static String quoted(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
