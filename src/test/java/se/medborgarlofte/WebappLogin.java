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

    private WebappLogin() {
    }

    public static ResponseEntity<String> login(TestRestTemplate rest, String app, String user, String password) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        String csrfToken = cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length()).split(";")[0]).findFirst()
                .orElseThrow(() -> new AssertionError("No XSRF-TOKEN cookie from the " + app + " page: " + cookies));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", csrfToken);
        headers.set(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(cookie -> cookie.split(";")[0]).toList()));
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }
}
