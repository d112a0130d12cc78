package se.medborgarlofte.taskform.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.security.CachedBodyRequest;
import se.medborgarlofte.system.security.EngineCaller;
import se.medborgarlofte.taskform.FormContract;
import se.medborgarlofte.taskform.TaskForms;

/** Starts of a process by an organisation user: the start form's contract, with the business key given by the server. */
@RequiredArgsConstructor
final class StartRequests {

    private static final Set<String> START_BODY = Set.of("variables", "withVariablesInReturn", "businessKey");

    private final TaskForms forms;
    private final CaseCalendar calendar;

    void handle(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            EngineCaller caller,
            String definitionId,
            String definitionKey)
            throws IOException, ServletException {
        Optional<String> definition = forms.processDefinition(definitionId, definitionKey);
        if (definition.isEmpty() || !forms.mayStart(caller, definition.get())) {
            // the engine answers as it always does: unknown definitions 404, starts the caller may not make 403
            chain.doFilter(request, response);
            return;
        }
        CachedBodyRequest body = CachedBodyRequest.of(request, EngineTaskRequestFilter.MAX_BODY);
        if (body == null) {
            Replies.tooLarge(response);
            return;
        }
        EngineRequestBody submission = EngineRequestBody.read(body.body(), START_BODY);
        Map<String, JsonNode> accepted = new FormContract(forms.startForm(definition.get()), Map.of(), calendar.today())
                .accept(submission.variables());
        // Tasklist may send a business key; the server gives each case its own (a pledge its registration number)
        chain.doFilter(
                CachedBodyRequest.replacing(request, submission.withVariables(accepted, "businessKey")), response);
    }
}
