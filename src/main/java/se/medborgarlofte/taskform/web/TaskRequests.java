package se.medborgarlofte.taskform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.security.CachedBodyRequest;
import se.medborgarlofte.system.security.EngineCaller;
import se.medborgarlofte.system.web.FieldProblem;
import se.medborgarlofte.taskform.FormContract;
import se.medborgarlofte.taskform.FormSchema;
import se.medborgarlofte.taskform.OpenTask;
import se.medborgarlofte.taskform.SubmissionRefused;
import se.medborgarlofte.taskform.TaskForms;

/**
 * Requests on one task by an organisation user: reading it (if it exists), completing it with exactly what its form
 * allows, claiming it for oneself, handing it back; every other change is refused. A completion that loses a race to
 * another answers 409.
 */
@RequiredArgsConstructor
final class TaskRequests {

    private static final String ALREADY_COMPLETED =
            "Uppgiften är redan slutförd, av dig eller av någon annan. Uppdatera listan; inget ändrades.";
    private static final Set<String> COMPLETION_BODY = Set.of("variables", "withVariablesInReturn");
    private static final int RACE_CHECKS = 20;
    private static final long RACE_PAUSE_MILLIS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskForms forms;
    private final CaseCalendar calendar;

    void handle(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            EngineCaller caller,
            String taskId,
            String action,
            boolean reading)
            throws IOException, ServletException {
        Optional<OpenTask> found = forms.openTask(taskId);
        if (found.isEmpty()) {
            answerMissing(response, taskId, reading);
            return;
        }
        OpenTask task = found.get();
        String verb = action.toLowerCase(Locale.ROOT);
        if (reading || verb.equals("/comment/create")) {
            chain.doFilter(request, response);
        } else if (verb.equals("/submit-form") || verb.equals("/complete")) {
            complete(request, response, chain, caller, task);
        } else if (verb.equals("/claim")) {
            claim(request, response, chain, caller, task);
        } else if (verb.equals("/unclaim")) {
            if (!task.returnableBy(caller.userId(), caller.groups())) {
                Replies.forbidden(
                        response, "Bara den som har tagit en gruppuppgift kan lämna tillbaka den till gruppen.");
                return;
            }
            forms.returnToGroup(task.id());
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            Replies.forbidden(
                    response,
                    "Uppgifter ändras bara genom att man tar dem och slutför dem med formuläret;"
                            + " variabler, tilldelning och kandidater ändras inte direkt.");
        }
    }

    private void complete(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            EngineCaller caller,
            OpenTask task)
            throws IOException, ServletException {
        boolean holder = caller.userId().equals(task.assignee());
        boolean groupMember = task.offeredTo(caller.groups());
        if (!holder && !groupMember) {
            if (forms.ended(task.id())) {
                // completed by someone else while we looked at it (its candidates are gone with it)
                Replies.conflict(response, ALREADY_COMPLETED);
            } else {
                Replies.forbidden(response, "Uppgiften är inte din: den tillhör en annan grupp eller en annan person.");
            }
            return;
        }
        CachedBodyRequest body = CachedBodyRequest.of(request, EngineTaskRequestFilter.MAX_BODY);
        if (body == null) {
            Replies.tooLarge(response);
            return;
        }
        EngineRequestBody submission = EngineRequestBody.read(body.body(), COMPLETION_BODY);
        FormSchema form;
        Map<String, JsonNode> shown;
        try {
            form = forms.taskForm(task);
            shown = forms.currentValues(task.id());
        } catch (ProcessEngineException vanished) {
            // completed by someone else while we read its form
            if (completedMeanwhile(task.id())) {
                Replies.conflict(response, ALREADY_COMPLETED);
            } else {
                Replies.notFound(
                        response, "Uppgiften finns inte längre. Uppdatera listan och välj en uppgift som är öppen.");
            }
            return;
        }
        Map<String, JsonNode> accepted = new FormContract(form, shown, calendar.today()).accept(submission.variables());
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(CachedBodyRequest.replacing(request, submission.withVariables(accepted)), answer);
        if (answer.getStatus() >= 400 && answer.getStatus() != 400 && completedMeanwhile(task.id())) {
            // someone completed the task between our check and the engine's (the engine then refuses it in many ways)
            answer.resetBuffer();
            Replies.conflict(answer, ALREADY_COMPLETED);
        }
        answer.copyBodyToResponse();
    }

    /** The answer about a task that is not open: 409 to a change of one that has ended, else 404. */
    void answerMissing(HttpServletResponse response, String taskId, boolean reading) throws IOException {
        if (!reading && forms.ended(taskId)) {
            Replies.conflict(response, ALREADY_COMPLETED);
        } else {
            Replies.notFound(
                    response, "Uppgiften finns inte (längre). Uppdatera listan och välj en uppgift som är öppen.");
        }
    }

    /**
     * Whether the task was completed by someone else while the engine refused this completion. The engine's refusal
     * can come while the other completion is still committing, so its end is awaited a little.
     */
    private boolean completedMeanwhile(String taskId) {
        for (int attempt = 0; attempt < RACE_CHECKS; attempt++) {
            if (forms.ended(taskId)) {
                return true;
            }
            try {
                Thread.sleep(RACE_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private void claim(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            EngineCaller caller,
            OpenTask task)
            throws IOException, ServletException {
        CachedBodyRequest body = CachedBodyRequest.of(request, EngineTaskRequestFilter.MAX_BODY);
        if (body == null) {
            Replies.tooLarge(response);
            return;
        }
        JsonNode claim = body.body().length == 0 ? JSON.createObjectNode() : readQuietly(body.body());
        if (!caller.userId().equals(claim.path("userId").asText(null))) {
            Replies.forbidden(
                    response, "Du kan bara ta en uppgift till dig själv (userId ska vara ditt användarnamn).");
        } else if (caller.userId().equals(task.assignee())) {
            chain.doFilter(body, response);
        } else if (task.assignee() != null) {
            Replies.conflict(response, "Uppgiften har redan tagits av en annan person. Uppdatera listan.");
        } else if (!task.claimableBy(caller.groups())) {
            Replies.forbidden(response, "Uppgiften tillhör en grupp som du inte är med i.");
        } else {
            chain.doFilter(body, response);
        }
    }

    private static JsonNode readQuietly(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException e) {
            throw new SubmissionRefused(List.of(new FieldProblem("body", "Begäran är inte giltig JSON.")));
        }
    }
}
