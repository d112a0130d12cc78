package se.medborgarlofte.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.medborgarlofte.audit.AuditedCase;
import se.medborgarlofte.cases.CaseQueries;
import se.medborgarlofte.cases.CaseViews.TimelineEvent;
import se.medborgarlofte.cases.PledgeOverview;
import se.medborgarlofte.cases.TaskCases;
import se.medborgarlofte.cases.TaskCases.VisibleTask;
import se.medborgarlofte.council.AgendaItem;
import se.medborgarlofte.council.CouncilAgenda;
import se.medborgarlofte.council.CouncilMeeting;
import se.medborgarlofte.council.CouncilProcess;
import se.medborgarlofte.council.CouncilRecords;
import se.medborgarlofte.system.web.ForbiddenException;
import se.medborgarlofte.system.web.InvalidRequestException;
import se.medborgarlofte.system.web.NotFoundException;

/**
 * Panels: pieces of HTML that our scripts in Tasklist and Cockpit fetch and show in the webapps, for the user logged
 * in to them. The case beside a task ("Ärendet") or a process instance, the council's meeting beside its task
 * ("Mötet"), and the coordinator's overview on Cockpit's dashboard. A case is read through {@link CaseReader}, so a
 * panel shows exactly what the case page shows the same user; a task is found only if the user sees it in Tasklist.
 * Errors come back as a short Swedish message in a panel, never as a whole page.
 */
@Controller
@RequestMapping("/paneler")
@RequiredArgsConstructor
class PanelController {

    private static final Logger LOG = LoggerFactory.getLogger(PanelController.class);

    /** The latest events a case panel shows; the case page shows them all. */
    static final int LATEST_EVENTS = 10;

    /** Longer than any id the engine gives out: such a value names no task or process. */
    private static final int MAX_ID_LENGTH = 64;

    private final CaseReader reader;
    private final CaseQueries queries;
    private final TaskCases taskCases;
    private final CouncilRecords council;
    private final PledgeOverview overview;
    private final Webapps webapps;
    private final AttachmentSections attachmentSections;

    /** The case a task (Tasklist's tab) or a process instance (Cockpit's tab) belongs to. */
    @GetMapping("/arende")
    String pledge(
            @RequestParam(name = "uppgift", required = false) String taskId,
            @RequestParam(name = "process", required = false) String processInstanceId,
            HttpServletRequest request,
            Model model) {
        webapps.requireVisitor(request);
        Optional<String> registrationNumber;
        if (taskId != null) {
            registrationNumber = visibleTask(taskId).flatMap(task -> taskCases.pledgeOf(task.processInstanceId()));
        } else if (processInstanceId != null) {
            registrationNumber = taskCases.pledgeOf(known(processInstanceId));
        } else {
            throw new InvalidRequestException("uppgift", "Ange uppgiften eller processen vars ärende ska visas.");
        }
        if (registrationNumber.isEmpty()) {
            return message(model, "Inget medborgarlöfte", "Det här hör inte till något medborgarlöfte.");
        }
        String number = registrationNumber.get();
        AuditedCase.concerns(request, number);
        boolean internal = reader.seesInternal();
        model.addAttribute(
                "page",
                new CasePage(
                        reader.pledge(number),
                        internal,
                        internal ? latest(reader.timeline(number)) : null,
                        null,
                        null));
        model.addAttribute("cockpitLink", cockpitLink(request, number));
        return "panels/case";
    }

    /**
     * The attachments of the case a task belongs to (Tasklist's tab "Bilagor"): the list the user may read and, for
     * the coordinator and the pledge's parties, the upload form, which the tab's script sends to the API.
     */
    @GetMapping("/bilagor")
    String attachments(@RequestParam(name = "uppgift") String taskId, HttpServletRequest request, Model model) {
        webapps.requireVisitor(request);
        Optional<String> registrationNumber =
                visibleTask(taskId).flatMap(task -> taskCases.pledgeOf(task.processInstanceId()));
        if (registrationNumber.isEmpty()) {
            return message(model, "Inget medborgarlöfte", "Den här uppgiften hör inte till något medborgarlöfte.");
        }
        AuditedCase.concerns(request, registrationNumber.get());
        model.addAttribute("bilagor", attachmentSections.forPanel(registrationNumber.get()));
        return "panels/attachments";
    }

    /** The council's meeting that a meeting task records. */
    @GetMapping("/mote")
    String meeting(@RequestParam(name = "uppgift") String taskId, HttpServletRequest request, Model model) {
        webapps.requireVisitor(request);
        Optional<CouncilMeeting> meeting = visibleTask(taskId)
                .filter(task -> task.processKey().equals(CouncilProcess.KEY))
                .flatMap(task -> council.meetingOfProcess(task.processInstanceId()));
        if (meeting.isEmpty()) {
            return message(model, "Inget rådsmöte", "Den här uppgiften hör inte till något av rådets möten.");
        }
        model.addAttribute("meeting", meeting.get());
        model.addAttribute("agenda", agendaBySection(meeting.get().agenda()));
        return "panels/meeting";
    }

    /** The coordinator's overview of every running pledge, on Cockpit's dashboard. */
    @GetMapping("/oversikt")
    String overview(HttpServletRequest request, Model model) {
        webapps.requireVisitor(request);
        if (!reader.seesInternal()) {
            throw new ForbiddenException("Översikten är bara tillgänglig för kommunen, polisen och styrgruppen.");
        }
        PledgeOverview.Overview now = overview.now();
        model.addAttribute("overview", now);
        model.addAttribute("daysAhead", PledgeOverview.DAYS_AHEAD);
        model.addAttribute(
                "cockpitLinks",
                mayOpenCockpit(request) ? cockpitLinks(now.registrationNumbers()) : Map.<String, String>of());
        return "panels/overview";
    }

    @ExceptionHandler(LoginRequired.class)
    String loginRequired(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return message(model, "Inte inloggad", "Din inloggning har gått ut. Logga in igen för att se ärendet.");
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException error, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return message(model, "Hittades inte", error.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException error, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return message(model, "Åtkomst nekad", error.getMessage());
    }

    @ExceptionHandler(InvalidRequestException.class)
    String invalid(InvalidRequestException error, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return message(model, "Felaktig fråga", error.getMessage());
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception error, HttpServletRequest request, HttpServletResponse response, Model model) {
        LOG.error("Unexpected error in the panel {}", request.getRequestURI(), error);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        return message(model, "Något gick fel", "Det gick inte att visa det här just nu. Försök igen om en stund.");
    }

    private Optional<VisibleTask> visibleTask(String taskId) {
        Optional<VisibleTask> task = taskCases.visibleTask(known(taskId));
        if (task.isEmpty()) {
            throw new NotFoundException("Uppgiften finns inte längre, eller så är den inte din att se.");
        }
        return task;
    }

    private static String known(String id) {
        if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new NotFoundException("Det finns ingen uppgift eller process med det id:t.");
        }
        return id;
    }

    private boolean mayOpenCockpit(HttpServletRequest request) {
        return webapps.visitor(request)
                .map(visitor -> visitor.mayOpen("cockpit"))
                .orElse(false);
    }

    private String cockpitLink(HttpServletRequest request, String registrationNumber) {
        return mayOpenCockpit(request)
                ? cockpitLinks(Set.of(registrationNumber)).get(registrationNumber)
                : null;
    }

    /** Each running pledge's process instance in Cockpit, by registration number. */
    private Map<String, String> cockpitLinks(Collection<String> registrationNumbers) {
        Map<String, String> links = new HashMap<>();
        queries.runningProcessInstances(registrationNumbers)
                .forEach((number, instance) -> links.put(number, webapps.cockpitInstance(instance)));
        return links;
    }

    /** The newest events first. */
    private static List<TimelineEvent> latest(List<TimelineEvent> timeline) {
        List<TimelineEvent> newestFirst = new ArrayList<>(timeline);
        Collections.reverse(newestFirst);
        return newestFirst.subList(0, Math.min(LATEST_EVENTS, newestFirst.size()));
    }

    /** The agenda's points under their sections' headings, in the agenda's order. */
    private static Map<String, List<AgendaItem>> agendaBySection(List<AgendaItem> agenda) {
        Map<String, List<AgendaItem>> sections = new LinkedHashMap<>();
        CouncilAgenda.SECTIONS.forEach((section, heading) -> sections.put(
                heading,
                agenda.stream().filter(item -> item.section().equals(section)).toList()));
        return sections;
    }

    private static String message(Model model, String title, String text) {
        model.addAttribute("title", title);
        model.addAttribute("message", text);
        return "panels/message";
    }
}
