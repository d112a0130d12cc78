package se.medborgarlofte.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.medborgarlofte.system.EngineRestClientErrors.ClientError;

/**
 * The last word on every error answer of the engine APIs (engine REST and the webapps' {@code /camunda/api/…}): a
 * failure the engine reported for a caller's mistake becomes the status and Swedish message of
 * {@link EngineRestClientErrors#classify}; any other error keeps its status, but its body never carries SQL, a stack
 * trace, an exception's name or an {@code ENGINE-} code: such a message is replaced by a plain Swedish one.
 */
class EngineErrorResponses extends OncePerRequestFilter {

    static final Pattern INTERNALS = Pattern.compile(
            "ENGINE-\\d+|[A-Za-z]*Exception\\b|\\bSQL|PSQL|\\bERROR:|org\\.[a-z]+\\.|java\\.[a-z]+\\.|\\bat [a-z]+\\.|\\bnull\\b");
    private static final Logger LOG = LoggerFactory.getLogger(EngineErrorResponses.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Integer, String> TYPES = Map.of(
            400,
            "InvalidRequest",
            401,
            "Unauthorized",
            403,
            "Forbidden",
            404,
            "NotFound",
            405,
            "MethodNotAllowed",
            409,
            "Conflict",
            413,
            "InvalidRequest",
            415,
            "InvalidRequest");
    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "Begäran kunde inte tas emot. Kontrollera värdena och försök igen.",
            401, "Logga in för att fortsätta.",
            403, "Du har inte behörighet att göra detta.",
            404, "Det efterfrågade finns inte. Kontrollera id:t och försök igen.",
            405, "Metoden stöds inte här.",
            409, "Någon annan ändrade samma sak samtidigt. Uppdatera sidan och försök igen.",
            415, "Skicka begäran som JSON (Content-Type: application/json).");
    private static final String UNEXPECTED = "Ett oväntat fel inträffade. Försök igen om en stund; felet har loggats.";

    /** The message with the engine's codes and class names taken out, for a message that is worth keeping. */
    static String withoutInternals(String message) {
        return message == null
                ? ""
                : message.replaceAll("ENGINE-\\d+\\s*", "").replaceAll("[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w+:?\\s*", "");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        EngineFailures.begin();
        Throwable failure;
        try {
            chain.doFilter(request, wrapper);
        } catch (IOException | ServletException | RuntimeException unexpected) {
            LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), unexpected);
            wrapper.resetBuffer();
            wrapper.setStatus(500);
        } finally {
            failure = EngineFailures.end();
        }
        if (wrapper.getStatus() >= 400 && !response.isCommitted()) {
            rewrite(wrapper, failure);
        }
        wrapper.copyBodyToResponse();
    }

    private void rewrite(ContentCachingResponseWrapper wrapper, Throwable failure) throws IOException {
        JsonNode body = parse(wrapper.getContentAsByteArray());
        // an answer we composed ourselves (a neutral type, not the name of an exception) already says what happened
        boolean composedByUs = TYPES.containsValue(body.path("type").asText());
        ClientError error = failure == null || composedByUs
                ? null
                : EngineRestClientErrors.classify(failure).orElse(null);
        if (error == null && !composedByUs) {
            error = EngineRestClientErrors.classifyMessage(body.path("message").asText(null))
                    .orElse(null);
        }
        if (error == null) {
            int status = wrapper.getStatus();
            String message = body.path("message").asText("");
            boolean keep = !message.isBlank() && !INTERNALS.matcher(message).find() && status < 500;
            String type = body.path("type").asText("");
            if (keep
                    && !INTERNALS.matcher(type).find()
                    && body.path("stackTrace").isMissingNode()
                    && body.path("trace").isMissingNode()) {
                return;
            }
            if (status >= 500) {
                LOG.warn(
                        "Engine API answered {} with: {}",
                        status,
                        new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8));
            }
            error = new ClientError(
                    status,
                    TYPES.getOrDefault(status, status >= 500 ? "ServerError" : "InvalidRequest"),
                    keep ? message : MESSAGES.getOrDefault(status, UNEXPECTED));
        }
        ObjectNode answer = JSON.createObjectNode().put("type", error.type()).put("message", error.message());
        if (body.has("errors")) {
            answer.set("errors", body.get("errors"));
        }
        wrapper.resetBuffer();
        wrapper.setStatus(error.status());
        wrapper.setContentType("application/json");
        wrapper.setCharacterEncoding(StandardCharsets.UTF_8.name());
        wrapper.getOutputStream().write(JSON.writeValueAsBytes(answer));
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : JSON.readTree(body);
            return node != null && node.isObject() ? node : JSON.createObjectNode();
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }
}
