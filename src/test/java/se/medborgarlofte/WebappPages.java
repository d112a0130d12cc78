package se.medborgarlofte;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Our pages and panels as the demo users get them in the browser after logging in to Tasklist (one session per user,
 * kept for the test class); anonymous for a null user.
 */
public final class WebappPages {

    private final TestRestTemplate rest;
    private final Map<String, WebappLogin.Session> sessions = new HashMap<>();

    public WebappPages(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** Logs in a user the test made itself, to another app than Tasklist. */
    public void logIn(String app, String user) {
        sessions.put(user, WebappLogin.session(rest, app, user, EngineRestClient.DEMO_PASSWORD));
    }

    /** The path is sent as it is written (encoded where it must be), as a browser sends a link's address. */
    public ResponseEntity<String> get(String user, String path) {
        return rest.exchange(
                URI.create(rest.getRootUri() + path), HttpMethod.GET, new HttpEntity<>(headers(user)), String.class);
    }

    public HttpHeaders headers(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        if (user != null) {
            headers.set(
                    HttpHeaders.COOKIE,
                    sessions.computeIfAbsent(
                                    user,
                                    name -> WebappLogin.session(rest, "tasklist", name, EngineRestClient.DEMO_PASSWORD))
                            .cookies());
        }
        return headers;
    }

    /** The answer's HTML, after checking its status and that it is HTML. */
    public static Document html(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/html");
        return Jsoup.parse(response.getBody());
    }
}
