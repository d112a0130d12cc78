package se.medborgarlofte.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.medborgarlofte.attachment.Attachments;
import se.medborgarlofte.attachment.UploadCheck;
import se.medborgarlofte.cases.CaseQueries;
import se.medborgarlofte.cases.CaseViews.PledgeCase;
import se.medborgarlofte.place.PlaceMaps;
import se.medborgarlofte.system.security.WebappUser;
import se.medborgarlofte.system.web.InvalidRequestException;
import se.medborgarlofte.system.web.NotFoundException;

/**
 * The case pages, in Swedish, for users logged in to Tasklist or Cockpit: the pledge list with the API's filters,
 * paging and sorting as a plain form, and one whole case. They read through {@link CaseReader}, so each visitor sees
 * exactly what the API shows them, and the audit log records a page view as it records the API's read.
 */
@Controller
@RequestMapping(CaseListPage.PATH)
@RequiredArgsConstructor
class CasePageController {

    private final CaseReader reader;
    private final CaseQueries queries;
    private final Webapps webapps;
    private final PlaceMaps placeMaps;
    private final Attachments attachments;
    private final AttachmentSections attachmentSections;

    @GetMapping({"", "/"})
    String list(ListQuery query, HttpServletRequest request, HttpServletResponse response, Model model) {
        webapps.requireVisitor(request);
        CaseListPage page;
        try {
            page = CaseListPage.found(query, reader.list(query));
        } catch (InvalidRequestException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page = CaseListPage.refused(query, refused.problems());
        }
        model.addAttribute("page", page);
        return "pages/case-list";
    }

    @GetMapping("/{registrationNumber}")
    String pledge(
            @PathVariable String registrationNumber,
            @RequestParam(name = "bilaga", required = false) String attachment,
            HttpServletRequest request,
            Model model) {
        return casePage(registrationNumber, request, model, AttachmentSection.Form.EMPTY, "tillagd".equals(attachment));
    }

    /**
     * An attachment from the case page's plain form (the session's CSRF token in the form, checked by the pages'
     * filter): added, it redirects back to the section with a confirmation, so that a reload sends nothing twice;
     * refused, the page again (400) with each problem beside its field and nothing stored.
     */
    @PostMapping(path = "/{registrationNumber}/bilagor", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(
            @PathVariable String registrationNumber,
            @RequestParam(name = UploadCheck.FILE, required = false) MultipartFile file,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String confidentiality,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        webapps.requireVisitor(request);
        try {
            attachments.upload(registrationNumber, Attachments.Upload.of(file, subject, description, confidentiality));
        } catch (InvalidRequestException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> problems = new LinkedHashMap<>();
            refused.problems().forEach(problem -> problems.merge(problem.field(), problem.message(), (a, b) -> a));
            return casePage(
                    registrationNumber,
                    request,
                    model,
                    new AttachmentSection.Form(subject, description, confidentiality, problems),
                    false);
        }
        return "redirect:" + CaseListPage.PATH + "/" + registrationNumber + "?bilaga=tillagd#bilagor";
    }

    private String casePage(
            String registrationNumber,
            HttpServletRequest request,
            Model model,
            AttachmentSection.Form attachmentForm,
            boolean attachmentAdded) {
        WebappUser visitor = webapps.requireVisitor(request);
        PledgeCase pledge = reader.pledge(registrationNumber);
        boolean internal = reader.seesInternal();
        model.addAttribute(
                "page",
                new CasePage(
                        pledge,
                        internal,
                        internal ? reader.timeline(registrationNumber) : null,
                        internal ? reader.citizenInput(registrationNumber) : null,
                        cockpitLink(visitor, pledge)));
        model.addAttribute("place", placeMaps.of(registrationNumber));
        model.addAttribute("placeEditor", PlaceEditor.of(pledge, reader.isCoordinator(), request));
        model.addAttribute(
                "bilagor",
                attachmentSections.forPage(
                        pledge.summary().registrationNumber(), request, attachmentForm, attachmentAdded));
        return "pages/case";
    }

    /** Anything else under the case pages: a Swedish 404 page rather than the API's problem. */
    @GetMapping("/**")
    String unknown(HttpServletRequest request) {
        webapps.requireVisitor(request);
        throw new NotFoundException("Sidan finns inte. Sök ärendet i ärendelistan.");
    }

    /** Cockpit shows running process instances; the case file keeps the pledge's after it has ended. */
    private String cockpitLink(WebappUser visitor, PledgeCase pledge) {
        if (!visitor.mayOpen("cockpit") || !"active".equals(pledge.summary().status())) {
            return null;
        }
        return queries.processInstanceId(pledge.summary().registrationNumber())
                .map(webapps::cockpitInstance)
                .orElse(null);
    }
}
