package se.medborgarlofte.cases.publication;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import se.medborgarlofte.cases.document.CaseDocuments;
import se.medborgarlofte.cases.document.Labels;

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

    @ModelAttribute
    void shared(Model model) {
        model.addAttribute("publication", publication);
        model.addAttribute("labels", new PublicLabels());
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
    String pledge(@PathVariable String registrationNumber, Model model) {
        model.addAttribute(
                "pledge", pledges.find(registrationNumber).orElseThrow(() -> new NotPublished(registrationNumber)));
        model.addAttribute("documentPath", DOCUMENTS + "/" + registrationNumber);
        return "public/pledge";
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

        public String party(String code) {
            return Labels.party(code);
        }

        public String parties(List<String> codes) {
            return String.join(", ", codes.stream().map(Labels::party).toList());
        }

        public String promiseHeading(String party) {
            return Labels.promiseHeading(party);
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
