package se.medborgarlofte.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine REST API answers some mistakes of its callers with 500: completing a task that is already completed,
 * or a start that our own checks refuse. These mappers, preferred by Jersey over Camunda's own, turn them into a
 * 404 or 400 with a Swedish message; everything else is answered as Camunda would.
 */
final class EngineRestClientErrors {

    /** The engine's code for a variable in Java serialization, which the configuration prohibits. */
    static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

    private EngineRestClientErrors() {
    }

    static Response translate(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof NullValueException || cause instanceof NotFoundException) {
                return clientError(Response.Status.NOT_FOUND, "NotFound", notFoundMessage(cause.getMessage()));
            }
            if (cause instanceof BadUserRequestException || cause instanceof IllegalArgumentException) {
                return clientError(Response.Status.BAD_REQUEST, "InvalidRequest", cause.getMessage());
            }
            if (cause.getMessage() != null && cause.getMessage().startsWith(JAVA_SERIALIZATION_PROHIBITED)) {
                return clientError(Response.Status.BAD_REQUEST, "InvalidRequest",
                        "Java-serialiserade objekt tas inte emot. Skicka värdet som JSON (serializationDataFormat application/json).");
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(error);
    }

    private static String notFoundMessage(String engineMessage) {
        if (engineMessage != null && engineMessage.startsWith("Cannot find task")) {
            return "Uppgiften finns inte längre. Den kan redan vara slutförd av någon annan; uppdatera listan och försök igen.";
        }
        return "Det efterfrågade finns inte: " + engineMessage;
    }

    private static Response clientError(Response.Status status, String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
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
