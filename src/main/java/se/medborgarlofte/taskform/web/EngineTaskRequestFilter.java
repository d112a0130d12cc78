package se.medborgarlofte.taskform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.security.EndOfLifeVulnerabilityFilter;
import se.medborgarlofte.system.security.EngineCaller;
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

    private final IdentityService identity;
    private final TaskForms forms;
    private final TaskRequests tasks;
    private final StartRequests starts;

    public EngineTaskRequestFilter(IdentityService identity, TaskForms forms, CaseCalendar calendar) {
        this.identity = identity;
        this.forms = forms;
        this.tasks = new TaskRequests(forms, calendar);
        this.starts = new StartRequests(forms, calendar);
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
                tasks.handle(
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
                starts.handle(request, response, chain, caller.get(), start.group(2), start.group(1));
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
            tasks.answerMissing(response, task.group(1), reading);
            return;
        }
        chain.doFilter(request, response);
    }
}
