package se.medborgarlofte;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Logs into a Camunda webapp the way the browser does: fetch the CSRF cookie from a page, then post the login form. */
public final class WebappLogin {

    private WebappLogin() {}

    /** A logged-in webapp session: its cookies and CSRF token, to call the webapps' own API as the browser does. */
    public record Session(String cookies, String csrfToken) {

        public HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.set("X-XSRF-TOKEN", csrfToken);
            headers.set(HttpHeaders.COOKIE, cookies);
            return headers;
        }
    }

    /** Logs in and returns the session, or fails the test. */
    public static Session session(TestRestTemplate rest, String app, String user, String password) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> pageCookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        ResponseEntity<String> login = login(rest, app, user, password, pageCookies);
        if (login.getStatusCode().value() != 200) {
            throw new AssertionError("Login as " + user + " gave " + login.getStatusCode());
        }
        java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
        for (List<String> cookies :
                List.of(pageCookies, login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()))) {
            for (String cookie : cookies) {
                String pair = cookie.split(";")[0];
                jar.put(pair.substring(0, pair.indexOf('=')), pair);
            }
        }
        // the login starts a new session; its CSRF token comes with the next page
        HttpHeaders withSession = new HttpHeaders();
        withSession.set(HttpHeaders.COOKIE, String.join("; ", jar.values()));
        ResponseEntity<String> next = rest.exchange(
                "/camunda/app/" + app + "/default/",
                org.springframework.http.HttpMethod.GET,
                new HttpEntity<>(withSession),
                String.class);
        for (String cookie : next.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
            String pair = cookie.split(";")[0];
            jar.put(pair.substring(0, pair.indexOf('=')), pair);
        }
        String token = jar.get("XSRF-TOKEN").substring("XSRF-TOKEN=".length());
        return new Session(String.join("; ", jar.values()), token);
    }

    public static ResponseEntity<String> login(TestRestTemplate rest, String app, String user, String password) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
        return login(rest, app, user, password, page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()));
    }

    private static ResponseEntity<String> login(
            TestRestTemplate rest, String app, String user, String password, List<String> cookies) {
        String csrfToken = cookies.stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length()).split(";")[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("No XSRF-TOKEN cookie from the " + app + " page: " + cookies));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", csrfToken);
        headers.set(
                HttpHeaders.COOKIE,
                String.join(
                        "; ",
                        cookies.stream().map(cookie -> cookie.split(";")[0]).toList()));
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return rest.exchange(
                "/camunda/api/admin/auth/user/default/login/" + app,
                HttpMethod.POST,
                new HttpEntity<>(form, headers),
                String.class);
    }
}
