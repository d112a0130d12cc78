package se.medborgarlofte.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PostgresFromEnvironment;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.SeparateNode;
import se.medborgarlofte.WebappLogin;

/**
 * Two nodes behind a proxy without sticky sessions: the tests' application and a second node in a JVM of its own, on
 * the same database. A Tasklist login on one node, with its CSRF token, is good on the other, and a logout on either
 * ends it on both (Spring Session JDBC). The second node also runs as production would: JSON logs, and a graceful
 * stop on SIGTERM.
 */
@PostgresIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedSessionIntegrationTests {

    private static final String AUTH = "/camunda/api/admin/auth/user/default";
    private static final String TASK_COUNT = "/camunda/api/engine/engine/default/task/count";

    private static SeparateNode second;

    @Autowired
    private TestRestTemplate first;

    @Autowired
    private RestTemplateBuilder builder;

    /** After the first node (the tests' application) is up, so that the two do not migrate the database at once. */
    @BeforeAll
    static void startSecondNode(@Autowired TestRestTemplate firstNode) throws IOException {
        second = SeparateNode.start(
                "second-node",
                PostgresFromEnvironment.database(),
                Map.of(
                        "logging.structured.format.console",
                        "ecs",
                        "spring.main.banner-mode",
                        "off",
                        // the first node watches the deadlines; jobs, on the other hand, both nodes execute
                        "medborgarlofte.deadlines.watch",
                        "false"));
    }

    @AfterAll
    static void stopSecondNode() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    @Order(1)
    void aTasklistLoginOnOneNodeWorksOnTheOtherWithItsCsrfToken() {
        WebappLogin.Session session = WebappLogin.session(first, "tasklist", "polis", EngineRestClient.DEMO_PASSWORD);
        TestRestTemplate other = secondNode();

        ResponseEntity<String> who =
                other.exchange(AUTH, HttpMethod.GET, new HttpEntity<>(session.headers()), String.class);
        assertThat(who.getStatusCode().value()).as(who.getBody()).isEqualTo(200);
        assertThat(EngineRestClient.read(who.getBody()).path("userId").asText()).isEqualTo("polis");

        ResponseEntity<String> count =
                other.exchange(TASK_COUNT, HttpMethod.POST, new HttpEntity<>("{}", session.headers()), String.class);
        assertThat(count.getStatusCode().value()).as(count.getBody()).isEqualTo(200);
        assertThat(EngineRestClient.read(count.getBody()).path("count").isNumber())
                .isTrue();

        ResponseEntity<String> pledges =
                other.exchange("/api/pledges", HttpMethod.GET, new HttpEntity<>(cookiesOf(session)), String.class);
        assertThat(pledges.getStatusCode().value())
                .as("our API with the webapp session")
                .isEqualTo(200);

        // Camunda ends a session whose CSRF token is missing: on both nodes
        HttpHeaders withoutToken = session.headers();
        withoutToken.remove("X-XSRF-TOKEN");
        assertThat(other.exchange(TASK_COUNT, HttpMethod.POST, new HttpEntity<>("{}", withoutToken), String.class)
                        .getStatusCode()
                        .value())
                .as("a change without the session's CSRF token")
                .isEqualTo(403);
        assertThat(first.exchange("/api/pledges", HttpMethod.GET, new HttpEntity<>(cookiesOf(session)), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }

    @Test
    @Order(2)
    void aLogoutOnOneNodeEndsTheSessionOnBoth() {
        WebappLogin.Session session = WebappLogin.session(first, "tasklist", "kommun", EngineRestClient.DEMO_PASSWORD);
        assertThat(first.exchange("/api/pledges", HttpMethod.GET, new HttpEntity<>(cookiesOf(session)), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        ResponseEntity<String> logout = secondNode()
                .exchange(AUTH + "/logout", HttpMethod.POST, new HttpEntity<>(session.headers()), String.class);
        assertThat(logout.getStatusCode().is2xxSuccessful())
                .as(logout.getBody())
                .isTrue();

        assertThat(first.exchange("/api/pledges", HttpMethod.GET, new HttpEntity<>(cookiesOf(session)), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        assertThat(first.exchange(AUTH, HttpMethod.GET, new HttpEntity<>(session.headers()), String.class)
                        .getStatusCode()
                        .is2xxSuccessful())
                .isFalse();
    }

    @Test
    @Order(3)
    void theSessionCookieIsHttpOnlyStrictAndSecureOnBothNodes() {
        for (TestRestTemplate node : List.of(first, secondNode())) {
            ResponseEntity<String> login =
                    WebappLogin.login(node, "tasklist", "forening", EngineRestClient.DEMO_PASSWORD);
            assertThat(login.getStatusCode().value()).isEqualTo(200);
            List<String> cookies = login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
            String session = cookies.stream()
                    .filter(cookie -> cookie.startsWith("SESSION="))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No session cookie in " + cookies));
            assertThat(session).contains("HttpOnly", "SameSite=Strict", "Secure", "Path=/");
            assertThat(cookies)
                    .as("the servlet container keeps no sessions of its own")
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        }
    }

    @Test
    @Order(4)
    void theSecondNodeLogsJsonLines() {
        List<String> lines =
                second.output().stream().filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSizeGreaterThan(10);
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{"));
        JsonNode started = lines.stream()
                .map(EngineRestClient::read)
                .filter(entry -> entry.path("message").asText().startsWith("Started Application"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No start message among " + lines.size() + " lines"));
        assertThat(started.at("/log/level").asText()).isEqualTo("INFO");
        assertThat(started.at("/service/name").asText()).isEqualTo("medborgarlofte");
        assertThat(started.has("@timestamp")).isTrue();
    }

    @Test
    @Order(5)
    void theSecondNodeStopsGracefullyOnSigterm() {
        int exit = second.stop();

        assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
        assertThat(String.join("\n", second.output()))
                .contains("Commencing graceful shutdown")
                .contains("Graceful shutdown complete");
    }

    private TestRestTemplate secondNode() {
        return new TestRestTemplate(builder.rootUri(second.url()));
    }

    private static HttpHeaders cookiesOf(WebappLogin.Session session) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, session.cookies());
        return headers;
    }
}
