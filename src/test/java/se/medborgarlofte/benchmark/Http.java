package se.medborgarlofte.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import se.medborgarlofte.WebappLogin;

/** Plain HTTP as one user (HTTP Basic), timed by the caller; any answer but 2xx stops the benchmark. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;
    private final Map<String, String> headers;

    private Http(int port, Map<String, String> headers) {
        this.base = "http://localhost:" + port;
        this.headers = headers;
    }

    /** Engine REST and our API, as the user with HTTP Basic. */
    static Http as(int port, String user, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http(port, Map.of("Authorization", "Basic " + credentials));
    }

    /** The public pages and open data, as a citizen's browser asks for them: no login. */
    static Http anonymous(int port) {
        return new Http(port, Map.of());
    }

    /** The webapps' own API, as a browser logged in to Tasklist calls it: session cookie and CSRF token. */
    static Http inSession(int port, WebappLogin.Session session) {
        return new Http(port, Map.of("Cookie", session.cookies(), "X-XSRF-TOKEN", session.csrfToken()));
    }

    String get(String path) {
        return send(request(path).GET().build());
    }

    String get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET().build());
    }

    String post(String path, Object body) {
        return post(path, body, "application/json");
    }

    String post(String path, Object body, String accept) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(json(body)))
                .build());
    }

    String delete(String path) {
        return send(request(path).DELETE().build());
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(request::header);
        return request;
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
