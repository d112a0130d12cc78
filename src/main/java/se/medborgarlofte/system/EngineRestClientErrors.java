package se.medborgarlofte.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine answers many mistakes of its callers with 500 and its own English message: completing a task twice at
 * the same moment, a check of ours that refuses a value, a weak password. {@link #classify} says what the caller
 * should hear instead (status, a neutral type, a Swedish message); the mappers below apply it on the engine REST API
 * and {@link EngineErrorResponses} on every engine API.
 */
final class EngineRestClientErrors {

    /** The engine's code for a variable in Java serialization, which the configuration prohibits. */
    static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

    private EngineRestClientErrors() {}

    /** A client error the engine reported, in the words the caller should hear. */
    record ClientError(int status, String type, String message) {}

    static Optional<ClientError> classify(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return Optional.of(new ClientError(
                        409,
                        "Conflict",
                        "Någon annan ändrade samma uppgift eller ärende i samma"
                                + " ögonblick. Uppdatera sidan och försök igen; din ändring sparades inte."));
            }
            if (cause instanceof NullValueException || cause instanceof NotFoundException) {
                return Optional.of(notFound(cause.getMessage()));
            }
            if (cause instanceof AuthorizationException) {
                return Optional.of(
                        new ClientError(
                                403,
                                "Forbidden",
                                "Du har inte behörighet att göra detta. Be samordnaren eller en administratör om hjälp om du behöver det."));
            }
            Optional<ClientError> byMessage = classifyMessage(cause.getMessage());
            if (byMessage.isPresent()) {
                return byMessage;
            }
            if (cause.getMessage() != null && cause.getMessage().startsWith(JAVA_SERIALIZATION_PROHIBITED)) {
                return Optional.of(
                        new ClientError(
                                400,
                                "InvalidRequest",
                                "Java-serialiserade objekt tas inte emot. Skicka värdet som JSON (serializationDataFormat application/json)."));
            }
            if (cause instanceof IllegalArgumentException) {
                // our own checks inside the processes refuse a value with a Swedish message
                return Optional.of(new ClientError(400, "InvalidRequest", cause.getMessage()));
            }
            if (cause instanceof BadUserRequestException) {
                return Optional.of(new ClientError(
                        400,
                        "InvalidRequest",
                        "Begäran kunde inte tas emot: " + EngineErrorResponses.withoutInternals(cause.getMessage())));
            }
        }
        return Optional.empty();
    }

    /** Mistakes the engine reports only in words, e.g. in the body of an answer it gave. */
    static Optional<ClientError> classifyMessage(String message) {
        if (message != null && message.contains("Password does not match policy")) {
            return Optional.of(new ClientError(
                    400,
                    "InvalidRequest",
                    "Lösenordet uppfyller inte lösenordspolicyn: minst 10"
                            + " tecken, med stora och små bokstäver, en siffra och ett specialtecken."));
        }
        if (message != null
                && (message.contains("unbound number of results") || message.contains("Max results limit"))) {
            return Optional.of(new ClientError(
                    400,
                    "InvalidRequest",
                    "Listor hämtas sida för sida: ange maxResults (högst 2000) och firstResult."));
        }
        return Optional.empty();
    }

    static Response translate(Throwable error) {
        return classify(error)
                .map(EngineRestClientErrors::response)
                .orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(error));
    }

    private static ClientError notFound(String engineMessage) {
        if (engineMessage != null && engineMessage.startsWith("Cannot find task")) {
            return new ClientError(
                    409,
                    "Conflict",
                    "Uppgiften är redan slutförd eller borttagen, av dig eller av någon annan. Uppdatera listan; inget ändrades.");
        }
        return new ClientError(404, "NotFound", "Det efterfrågade finns inte. Kontrollera id:t och försök igen.");
    }

    private static Response response(ClientError error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", error.type());
        body.put("message", error.message());
        return Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    @Priority(1)
    static class ForRestExceptions implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException error) {
            return translate(error);
        }
    }

    @Priority(1)
    static class ForEngineExceptions implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException error) {
            return translate(error);
        }
    }

    @Priority(1)
    static class ForOtherExceptions implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable error) {
            return translate(error);
        }
    }
}
