package se.medborgarlofte.taskform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.system.security.CachedBodyRequest;
import se.medborgarlofte.system.security.EndOfLifeVulnerabilityFilter;
import se.medborgarlofte.system.security.EngineCaller;
import se.medborgarlofte.system.web.FieldProblem;
import se.medborgarlofte.taskform.FormContract;
import se.medborgarlofte.taskform.FormSchema;
import se.medborgarlofte.taskform.OpenTask;
import se.medborgarlofte.taskform.SubmissionRefused;
import se.medborgarlofte.taskform.TaskForms;

/**
 * Every way into a task over HTTP (the engine REST API and the webapps' {@code /camunda/api/engine/…}) for users who are
 * not administrators: a completion or a start writes exactly what its deployed form makes editable, checked by the
 * form's rules; a task is claimed only by the caller for themselves and handed back only by its holder; every other
 * change to a task, and every direct change of variables, is refused. Unknown tasks are 404, completed ones 409.
 */
public class EngineTaskRequestFilter extends OncePerRequestFilter {

    /** The largest completion or start a form can produce, with room to spare. */
    static final int MAX_BODY = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(EngineTaskRequestFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern API =
            Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TASK = Pattern.compile("^/task/([^/]+)(/.*)?$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> TASK_COLLECTION = Set.of("count", "create", "report");
    private static final Pattern START = Pattern.compile(
            "^/process-definition/(?:key/([^/]+)|([^/]+))/(?:start|submit-form)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VARIABLES = Pattern.compile(
            "^/(?:process-instance|execution|case-instance|case-execution)/[^/]+/(?:variables|localvariables)(?:/.*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CORRELATION =
            Pattern.compile("^/(?:message|signal|condition)(?:/.*)?$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> COMPLETION_BODY = Set.of("variables", "withVariablesInReturn");
    private static final Set<String> START_BODY = Set.of("variables", "withVariablesInReturn", "businessKey");

    private static final int RACE_CHECKS = 20;
    private static final long RACE_PAUSE_MILLIS = 50;
    private static final String ALREADY_COMPLETED =
            "Uppgiften är redan slutförd, av dig eller av någon annan. Uppdatera listan; inget ändrades.";

    private final IdentityService identity;
    private final TaskForms forms;
    private final CaseCalendar calendar;

    public EngineTaskRequestFilter(IdentityService identity, TaskForms forms, CaseCalendar calendar) {
        this.identity = identity;
        this.forms = forms;
        this.calendar = calendar;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher api = API.matcher(EndOfLifeVulnerabilityFilter.decodedPath(request));
        Optional<EngineCaller> caller = EngineCaller.of(request, identity);
        if (!api.matches() || caller.isEmpty() || "OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = api.group(1);
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (caller.get().administrator()) {
            onTaskAsAdministrator(request, response, chain, path, reading);
            return;
        }
        try {
            Matcher task = TASK.matcher(path);
            Matcher start = START.matcher(path);
            if (task.matches() && !TASK_COLLECTION.contains(task.group(1).toLowerCase(Locale.ROOT))) {
                onTask(
                        request,
                        response,
                        chain,
                        caller.get(),
                        task.group(1),
                        task.group(2) == null ? "" : task.group(2),
                        reading);
            } else if (path.equalsIgnoreCase("/task/create")) {
                Replies.forbidden(
                        response,
                        "Fristående uppgifter skapas inte här; uppgifterna kommer från medborgarlöftenas processer.");
            } else if (start.matches() && !reading) {
                onStart(request, response, chain, caller.get(), start.group(2), start.group(1));
            } else if (!reading
                    && (VARIABLES.matcher(path).matches()
                            || CORRELATION.matcher(path).matches())) {
                Replies.forbidden(
                        response, "Processens variabler ändras bara genom att en uppgift slutförs med sitt formulär.");
            } else {
                chain.doFilter(request, response);
            }
        } catch (SubmissionRefused refused) {
            LOG.info(
                    "Refused {} {} by {}: {}",
                    request.getMethod(),
                    path,
                    caller.get().userId(),
                    refused.problems());
            Replies.invalid(response, refused.problems());
        }
    }

    /** Administrators may do anything the engine lets them; an unknown task is still a 404 (the engine gives some 500). */
    private void onTaskAsAdministrator(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path, boolean reading)
            throws IOException, ServletException {
        Matcher task = TASK.matcher(path);
        if (task.matches()
                && task.group(2) != null
                && !TASK_COLLECTION.contains(task.group(1).toLowerCase(Locale.ROOT))
                && forms.openTask(task.group(1)).isEmpty()) {
            if (!reading && forms.ended(task.group(1))) {
                Replies.conflict(response, ALREADY_COMPLETED);
            } else {
                Replies.notFound(
                        response, "Uppgiften finns inte (längre). Uppdatera listan och välj en uppgift som är öppen.");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private void onTask(
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
            if (!reading && forms.ended(taskId)) {
                Replies.conflict(response, ALREADY_COMPLETED);
            } else {
                Replies.notFound(
                        response, "Uppgiften finns inte (längre). Uppdatera listan och välj en uppgift som är öppen.");
            }
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
        boolean groupMember = caller.groups().stream().anyMatch(task.candidateGroups()::contains);
        if (!holder && !groupMember) {
            if (forms.ended(task.id())) {
                // completed by someone else while we looked at it (its candidates are gone with it)
                Replies.conflict(response, ALREADY_COMPLETED);
            } else {
                Replies.forbidden(response, "Uppgiften är inte din: den tillhör en annan grupp eller en annan person.");
            }
            return;
        }
        CachedBodyRequest body = CachedBodyRequest.of(request, MAX_BODY);
        if (body == null) {
            Replies.tooLarge(response);
            return;
        }
        EngineRequestBody submission = EngineRequestBody.read(body.body(), COMPLETION_BODY);
        FormSchema form = forms.taskForm(task);
        Map<String, JsonNode> accepted =
                new FormContract(form, forms.currentValues(task.id()), today()).accept(submission.variables());
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(CachedBodyRequest.replacing(request, submission.withVariables(accepted)), answer);
        LOG.debug(
                "Completion of {} by {} answered {}: {} (task ended: {})",
                task.id(),
                caller.userId(),
                answer.getStatus(),
                new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8),
                forms.ended(task.id()));
        if (answer.getStatus() >= 400 && answer.getStatus() != 400 && completedMeanwhile(task.id())) {
            // someone completed the task between our check and the engine's (the engine then refuses it in many ways)
            answer.resetBuffer();
            Replies.conflict(answer, ALREADY_COMPLETED);
        }
        answer.copyBodyToResponse();
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
        CachedBodyRequest body = CachedBodyRequest.of(request, MAX_BODY);
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
        } else if (!task.claimableBy(caller.userId(), caller.groups())) {
            Replies.forbidden(response, "Uppgiften tillhör en grupp som du inte är med i.");
        } else {
            chain.doFilter(body, response);
        }
    }

    private void onStart(
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
        CachedBodyRequest body = CachedBodyRequest.of(request, MAX_BODY);
        if (body == null) {
            Replies.tooLarge(response);
            return;
        }
        EngineRequestBody submission = EngineRequestBody.read(body.body(), START_BODY);
        Map<String, JsonNode> accepted =
                new FormContract(forms.startForm(definition.get()), Map.of(), today()).accept(submission.variables());
        // Tasklist may send a business key; the server gives each case its own (a pledge its registration number)
        chain.doFilter(
                CachedBodyRequest.replacing(request, submission.withVariables(accepted, "businessKey")), response);
    }

    /** Today in the pledges' time zone, by the engine's clock (which process tests move). */
    private LocalDate today() {
        return calendar.day(EngineContext.now());
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
