package se.medborgarlofte.taskform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import se.medborgarlofte.system.web.FieldProblem;

/**
 * Answers in the engine REST API's error format ({@code type}, {@code message}), so that Tasklist shows the message,
 * with the Swedish problems of each field in {@code errors}.
 */
final class Replies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {}

    static void invalid(HttpServletResponse response, List<FieldProblem> problems) throws IOException {
        String summary = problems.stream().limit(5).map(FieldProblem::message).collect(Collectors.joining(" "));
        ObjectNode body = body(
                "InvalidRequest",
                "Formuläret kunde inte tas emot: " + summary
                        + (problems.size() > 5 ? " (och %d fel till)".formatted(problems.size() - 5) : "")
                        + " Inget sparades.");
        ArrayNode errors = body.putArray("errors");
        problems.forEach(
                problem -> errors.addObject().put("field", problem.field()).put("message", problem.message()));
        write(response, HttpServletResponse.SC_BAD_REQUEST, body);
    }

    static void forbidden(HttpServletResponse response, String message) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, body("Forbidden", message));
    }

    static void notFound(HttpServletResponse response, String message) throws IOException {
        write(response, HttpServletResponse.SC_NOT_FOUND, body("NotFound", message));
    }

    static void conflict(HttpServletResponse response, String message) throws IOException {
        write(response, HttpServletResponse.SC_CONFLICT, body("Conflict", message));
    }

    static void tooLarge(HttpServletResponse response) throws IOException {
        write(
                response,
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                body(
                        "InvalidRequest",
                        "Begäran är för stor (högst %d kB). Korta texterna och försök igen."
                                .formatted(EngineTaskRequestFilter.MAX_BODY / 1024)));
    }

    private static ObjectNode body(String type, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", type);
        body.put("message", message);
        return body;
    }

    private static void write(HttpServletResponse response, int status, ObjectNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
