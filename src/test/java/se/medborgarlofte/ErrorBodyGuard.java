package se.medborgarlofte;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Reads every error answer that an integration test provokes through {@code TestRestTemplate}, and fails the test if
 * one is a 500 or carries SQL, a stack trace, an exception's name or an engine code: the tests together try
 * hundreds of wrong requests, so every one of them also proves that nothing internal reaches a caller.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ErrorBodyGuard {

    static final Pattern INTERNALS =
            Pattern.compile("ENGINE-\\d+|[A-Za-z]+Exception\\b|\\bSQL|PSQL|org\\.(camunda|postgresql|h2|"
                    + "springframework|apache)\\.|java\\.[a-z]+\\.|\\tat |\"trace\"|\"stackTrace\"");

    @Bean
    RestTemplateCustomizer errorBodyGuard() {
        return template -> template.getInterceptors().add(guard());
    }

    static ClientHttpRequestInterceptor guard() {
        return (request, body, execution) -> {
            ClientHttpResponse response = execution.execute(request, body);
            if (response.getStatusCode().value() < 400) {
                return response;
            }
            byte[] content = response.getBody().readAllBytes();
            String text = new String(content, StandardCharsets.UTF_8);
            String where = request.getMethod() + " " + request.getURI().getPath();
            if (response.getStatusCode().is5xxServerError()
                    && !request.getURI().getPath().startsWith("/actuator")) {
                throw new AssertionError(where + " answered " + response.getStatusCode() + ": " + text);
            }
            if (INTERNALS.matcher(text).find()) {
                throw new AssertionError(where + " answered " + response.getStatusCode() + " with internals: " + text);
            }
            return new Buffered(response, content);
        };
    }

    private record Buffered(ClientHttpResponse response, byte[] content) implements ClientHttpResponse {
        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return response.getStatusText();
        }

        @Override
        public void close() {
            response.close();
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public HttpHeaders getHeaders() {
            return response.getHeaders();
        }
    }
}
