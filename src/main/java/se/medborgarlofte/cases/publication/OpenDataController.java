package se.medborgarlofte.cases.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.medborgarlofte.cases.publication.PublishedPledges.Published;

/**
 * The published pledges as open data, without login: the same content as the public pages, as JSON and CSV, and the
 * feedback to the citizens as an Atom feed. Nothing else of the case file is in them.
 */
@RestController
@RequestMapping(OpenDataController.PATH)
@Tag(
        name = "Öppna data",
        description = "De publicerade medborgarlöftena utan inloggning: löften, åtaganden, hur långt de har kommit och"
                + " återkopplingen till medborgarna")
@RequiredArgsConstructor
class OpenDataController {

    static final String PATH = "/oppna-data";
    static final String ATOM = "application/atom+xml";

    private final PublishedPledges pledges;
    private final PublicationProperties publication;

    @GetMapping(path = "/medborgarloften.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Alla publicerade medborgarlöften med åtaganden, utfört mot mål och återkoppling")
    List<Published> json() {
        return pledges.all();
    }

    @GetMapping(path = "/medborgarloften.csv", produces = "text/csv")
    @Operation(summary = "Samma innehåll som CSV för kalkylprogram: en rad per åtagande, semikolon mellan fälten")
    ResponseEntity<byte[]> csv() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(OpenDataCsv.of(pledges.all()).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(path = "/aterkoppling.atom", produces = ATOM)
    @Operation(summary = "Återkopplingen till medborgarna som Atom-flöde, senaste först")
    ResponseEntity<String> feed() {
        String root =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "atom+xml", StandardCharsets.UTF_8))
                .body(FeedbackFeed.of(pledges.all(), root, publication.publisher()));
    }
}
