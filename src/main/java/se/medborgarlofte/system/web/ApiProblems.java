package se.medborgarlofte.system.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every error of the API as an RFC 7807 problem detail with a Swedish {@code detail} that says what to do,
 * and, for invalid input, an {@code errors} list naming each wrong field. Unexpected errors are logged and answered
 * with a 500 that reveals nothing of the inside.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException error) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Ogiltig begäran",
                "Begäran innehåller fel; rätta fälten i errors och försök igen.",
                error.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException error) {
        return problem(HttpStatus.NOT_FOUND, error.title(), error.getMessage(), null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException error) {
        return problem(HttpStatus.FORBIDDEN, "Åtkomst nekad", error.getMessage(), null);
    }

    /** Our own checks inside the process (e.g. of a period) refuse input with a Swedish message. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> refused(IllegalArgumentException error) {
        return problem(HttpStatus.BAD_REQUEST, "Ogiltig begäran", error.getMessage(), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof IllegalArgumentException refused) {
                return refused(refused);
            }
            cause = cause.getCause();
        }
        LOG.error("Unexpected error in the API", error);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internt fel",
                "Ett oväntat fel inträffade. Inget har ändrats av begäran; försök igen om en stund.",
                null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException error, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        error.getBindingResult()
                .getFieldErrors()
                .forEach(field -> problems.add(new FieldProblem(field.getField(), field.getDefaultMessage())));
        error.getBindingResult()
                .getGlobalErrors()
                .forEach(global -> problems.add(new FieldProblem(global.getObjectName(), global.getDefaultMessage())));
        return invalid(new InvalidRequestException(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException error, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        error.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(resolvable -> problems.add(new FieldProblem(
                                result.getMethodParameter().getParameterName(), resolvable.getDefaultMessage()))));
        return invalid(new InvalidRequestException(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException error, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (error.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b)
                    .orElse("");
            return invalid(new InvalidRequestException(
                    field, "Värdet har fel form; datum skrivs ÅÅÅÅ-MM-DD, listor som [\"a\", \"b\"]."));
        }
        return problem(
                HttpStatus.BAD_REQUEST,
                "Ogiltig JSON",
                "Begäran kunde inte läsas. Skicka giltig JSON med Content-Type application/json.",
                null);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException error, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(
                HttpStatus.NOT_FOUND,
                "Finns inte",
                "Adressen finns inte i API:t. Se /v3/api-docs för vad som finns.",
                null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException error,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return problem(
                HttpStatus.METHOD_NOT_ALLOWED,
                "Metoden stöds inte",
                "Metoden " + error.getMethod() + " stöds inte här; tillåtna är " + error.getSupportedHttpMethods()
                        + ".",
                null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException error, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String expected = error.getSupportedMediaTypes().stream()
                .map(type -> type.getType() + "/" + type.getSubtype())
                .filter(type -> !type.equals("application/json"))
                .findFirst()
                .orElse("application/json");
        return problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Fel innehållstyp", "Skicka begäran som " + expected + ".", null);
    }

    /** A file far larger than an attachment may be: cut off by the servlet container before it was read. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException error, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "För stor fil",
                "Filen är för stor för att tas emot. Se största tillåtna storlek vid uppladdningen och försök igen"
                        + " med en mindre fil.",
                null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            HttpMediaTypeNotAcceptableException error, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception error, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(
                HttpStatus.valueOf(status.value()),
                "Fel i begäran",
                "Begäran kunde inte behandlas (" + status.value() + "). Kontrollera adress, parametrar och innehåll.",
                null);
    }

    private static ResponseEntity<Object> problem(
            HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
