package se.medborgarlofte.cases.publication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.medborgarlofte.attachment.AttachmentDownloads;
import se.medborgarlofte.attachment.Attachments;
import se.medborgarlofte.casefile.EffectGoalRecords;
import se.medborgarlofte.cases.document.CaseDocuments;
import se.medborgarlofte.cases.document.EffectGoalChart;
import se.medborgarlofte.cases.document.Labels;
import se.medborgarlofte.citizeninput.CitizenInputProperties;
import se.medborgarlofte.citizeninput.CitizenInputs;
import se.medborgarlofte.citizeninput.Submission;
import se.medborgarlofte.place.PlaceMaps;
import se.medborgarlofte.system.Terms;

/**
 * The citizens' side, without login: the published pledges, each with its promises and how far they have come, the
 * feedback after its follow-ups, and the signed pledge document; and the accessibility statement the law asks for.
 * Server-rendered, no script. An unpublished or unknown pledge is not found, whatever its registration number.
 */
@Controller
@RequiredArgsConstructor
class PublicPageController {

    static final String PATH = "/medborgarloften";
    static final String DOCUMENTS = "/dokument/medborgarloften";

    /** Longer than any area's name: a search for more is cut, not refused. */
    private static final int MAX_SEARCH = 200;

    private final PublishedPledges pledges;
    private final CaseDocuments documents;
    private final PublicationProperties publication;
    private final CitizenInputs inputs;
    private final CitizenInputProperties inputProperties;
    private final Terms terms;
    private final PlaceMaps placeMaps;
    private final Attachments attachments;
    private final EffectGoalRecords effectGoals;

    /**
     * The most a citizen's form may weigh: its three fields at their longest, each character percent-encoded as four
     * bytes of UTF-8, with room to spare. A larger body is refused unread.
     */
    static final long MAX_INPUT_BODY = 32 * 1024;

    @ModelAttribute
    void shared(Model model) {
        model.addAttribute("publication", publication);
        model.addAttribute("labels", new PublicLabels(terms));
        model.addAttribute("inputRetention", inputProperties.retentionInWords());
    }

    @GetMapping({PATH, PATH + "/"})
    String list(
            @RequestParam(name = "omrade", required = false) String area,
            @RequestParam(name = "sida", required = false, defaultValue = "1") String page,
            Model model) {
        String search = area == null ? null : area.strip();
        if (search != null && search.length() > MAX_SEARCH) {
            search = search.substring(0, MAX_SEARCH);
        }
        model.addAttribute("area", search);
        model.addAttribute("listing", pledges.list(search, pageIndex(page)));
        return "public/list";
    }

    @GetMapping(PATH + "/tillganglighet")
    String accessibility() {
        return "public/accessibility";
    }

    @GetMapping(PATH + "/{registrationNumber}")
    String pledge(
            @PathVariable String registrationNumber,
            @RequestParam(name = "synpunkt", required = false) String input,
            Model model) {
        model.addAttribute("inputReceived", "tack".equals(input));
        return pledgePage(registrationNumber, InputForm.EMPTY, model);
    }

    /**
     * A citizen's input ("Lämna en synpunkt"), a plain form without script: received, it redirects to the pledge's page
     * with a thank-you (so that a reload sends nothing twice); with the hidden field filled in, the same, storing
     * nothing; with mistakes, the page again with each beside its field (400); too much from one address in an hour,
     * 429; an oversized body, 400 unread. Only running published pledges take input; for any other, 404.
     */
    @PostMapping(PATH + "/{registrationNumber}/synpunkt")
    String input(
            @PathVariable String registrationNumber,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        long length = request.getContentLengthLong();
        if (length < 0 || length > MAX_INPUT_BODY) {
            if (!inputs.isOpen(registrationNumber)) {
                throw new NotPublished(registrationNumber);
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("registrationNumber", registrationNumber);
            return "public/input-too-large";
        }
        Submission submission =
                new Submission(request.getParameter("vad"), request.getParameter("var"), request.getParameter("epost"));
        CitizenInputs.Result result = inputs.receive(
                registrationNumber, submission, request.getParameter("webbplats"), request.getRemoteAddr());
        return switch (result.outcome()) {
            case RECEIVED, IGNORED -> "redirect:" + PATH + "/" + registrationNumber + "?synpunkt=tack#synpunkt";
            case NOT_OPEN -> throw new NotPublished(registrationNumber);
            case TOO_MANY -> {
                response.setStatus(429);
                model.addAttribute("registrationNumber", registrationNumber);
                yield "public/input-too-many";
            }
            case INVALID -> {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("inputReceived", false);
                yield pledgePage(
                        registrationNumber,
                        new InputForm(submission.what(), submission.where(), submission.email(), result.problems()),
                        model);
            }
        };
    }

    private String pledgePage(String registrationNumber, InputForm form, Model model) {
        model.addAttribute(
                "pledge", pledges.find(registrationNumber).orElseThrow(() -> new NotPublished(registrationNumber)));
        model.addAttribute("documentPath", DOCUMENTS + "/" + registrationNumber);
        model.addAttribute("place", placeMaps.of(registrationNumber));
        model.addAttribute("publicAttachments", attachments.publicOnes(registrationNumber));
        model.addAttribute("attachmentPath", PATH + "/" + registrationNumber + "/bilagor");
        // effect goals, their baselines, values and sources are public information (issue #13)
        model.addAttribute("effectGoals", EffectGoalChart.charted(effectGoals.series(registrationNumber), "effektmal"));
        model.addAttribute("inputForm", form);
        model.addAttribute("inputMaxWhat", Submission.MAX_WHAT);
        model.addAttribute("inputMaxWhere", Submission.MAX_WHERE);
        return "public/pledge";
    }

    /** The form as sent back to its sender after a mistake: their own values, and the problem of each field. */
    public record InputForm(String what, String where, String email, Map<String, String> problems) {

        static final InputForm EMPTY = new InputForm(null, null, null, Map.of());

        public String problem(String field) {
            return problems.get(field);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /**
     * A public attachment of a published pledge, as a download for anyone; a non-public or unknown one, or one of an
     * unpublished pledge, gets the same Swedish 404 page, so that nothing tells them apart.
     */
    @GetMapping(PATH + "/{registrationNumber}/bilagor/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String registrationNumber, @PathVariable String id) {
        requirePublished(registrationNumber);
        return (id.matches("\\d{1,18}")
                        ? attachments.publicDownload(registrationNumber, Long.parseLong(id))
                        : Optional.<Attachments.Download>empty())
                .map(AttachmentDownloads::asDownload)
                .orElseThrow(() -> new NotPublished(registrationNumber));
    }

    @GetMapping(DOCUMENTS + "/{registrationNumber}.html")
    ResponseEntity<String> documentHtml(@PathVariable String registrationNumber) {
        requirePublished(registrationNumber);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(documents.pledgeHtml(registrationNumber));
    }

    // no "produces": an unpublished number is answered with the Swedish page, whatever the client accepts
    @GetMapping(DOCUMENTS + "/{registrationNumber}.pdf")
    ResponseEntity<byte[]> documentPdf(@PathVariable String registrationNumber) {
        requirePublished(registrationNumber);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("medborgarlofte-" + registrationNumber + ".pdf")
                                .build()
                                .toString())
                .body(documents.pledgePdf(registrationNumber));
    }

    @ExceptionHandler(NotPublished.class)
    String notPublished(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        shared(model);
        return "public/not-found";
    }

    private void requirePublished(String registrationNumber) {
        if (!pledges.isPublished(registrationNumber)) {
            throw new NotPublished(registrationNumber);
        }
    }

    /** The page asked for, counted from 1 as the page shows it; anything else is the first page. */
    private static int pageIndex(String page) {
        try {
            return Math.max(0, Integer.parseInt(page.strip()) - 1);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** No published pledge by that number (unknown, or not yet signed and communicated): nothing to tell. */
    static final class NotPublished extends RuntimeException {
        NotPublished(String registrationNumber) {
            super("No published pledge " + registrationNumber, null, false, false);
        }
    }

    /** The Swedish names of the codes, for the public templates. */
    public static final class PublicLabels {

        private final Terms terms;

        PublicLabels(Terms terms) {
            this.terms = terms;
        }

        /** What the installation calls a pledge's number (Löftesnummer). */
        public String pledgeNumber() {
            return terms.pledgeNumber();
        }

        public String party(String code) {
            return Labels.party(code);
        }

        public String parties(List<String> codes) {
            return String.join(", ", codes.stream().map(Labels::party).toList());
        }

        public String promiseHeading(String party) {
            return Labels.promiseHeading(party);
        }

        public String promiseUnderHeading(String party, String promise) {
            return Labels.promiseUnderHeading(party, promise);
        }

        /** A commitment's state in words the public page uses: pågår, genomfört, delvis, inte genomfört. */
        public String progress(String status) {
            return progressOf(status);
        }

        static String progressOf(String status) {
            return switch (status) {
                case "done" -> "Genomfört";
                case "partly-done" -> "Delvis genomfört";
                case "not-done" -> "Inte genomfört";
                case "stopped" -> "Avbrutet";
                default -> "Pågår";
            };
        }
    }
}
