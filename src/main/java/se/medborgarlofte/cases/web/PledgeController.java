package se.medborgarlofte.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.medborgarlofte.cases.CaseViews.IndicatorPoint;
import se.medborgarlofte.cases.CaseViews.Page;
import se.medborgarlofte.cases.CaseViews.PledgeCase;
import se.medborgarlofte.cases.CaseViews.PledgeSummary;
import se.medborgarlofte.cases.CaseViews.TimelineEvent;
import se.medborgarlofte.citizeninput.CitizenInput;
import se.medborgarlofte.pledge.PledgeStarter;

/**
 * The case file of every pledge as JSON: list, one whole case, its timeline, its indicators and the citizens' input;
 * and new pledges.
 */
@RestController
@RequestMapping(path = "/api/pledges", produces = "application/json")
@Tag(name = "Medborgarlöften", description = "Ärendeakten för varje medborgarlöfte")
@RequiredArgsConstructor
class PledgeController {

    private final CaseReader reader;
    private final PledgeStarter starter;
    private final CaseAccess access;

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Registrera ett nytt medborgarlöfte och starta dess process")
    ResponseEntity<PledgeCase> create(@Valid @RequestBody NewPledgeBody body) {
        access.requireCoordinator();
        body.requireValidPeriod();
        String registrationNumber = starter.start(body.toRequest());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{registrationNumber}")
                .buildAndExpand(registrationNumber)
                .toUri();
        return ResponseEntity.created(location).body(reader.pledge(registrationNumber));
    }

    @GetMapping
    @Operation(
            summary = "Sök medborgarlöften",
            description = "Filtrera på skede, status, år, område, part och fritext; " + "sortera på "
                    + "registrationNumber, title, area, periodStart, periodEnd, stage eller updatedAt.")
    Page<PledgeSummary> list(
            @Parameter(description = "Skede, t.ex. implement") @RequestParam(required = false) String stage,
            @Parameter(description = "active, closed eller renewed") @RequestParam(required = false) String status,
            @Parameter(description = "Registreringsår") @RequestParam(required = false) String year,
            @Parameter(description = "Del av områdets namn") @RequestParam(required = false) String area,
            @Parameter(description = "polisen, kommunen, socialtjansten, forening eller naringsliv")
                    @RequestParam(required = false)
                    String party,
            @Parameter(description = "Fritext i löftesnummer, rubrik, område och bakgrund")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "Sida, från 0") @RequestParam(required = false) String page,
            @Parameter(description = "Antal per sida, 1–100") @RequestParam(required = false) String size,
            @Parameter(description = "Fält och riktning, t.ex. registrationNumber,desc") @RequestParam(required = false)
                    String sort) {
        return reader.list(new ListQuery(stage, status, year, area, party, q, page, size, sort));
    }

    @GetMapping("/{registrationNumber}")
    @Operation(
            summary = "Hela ärendet: åtaganden med framsteg, öppna uppgifter, godkännanden, uppföljningar och beslut")
    PledgeCase get(@PathVariable String registrationNumber) {
        return reader.pledge(registrationNumber);
    }

    @GetMapping("/{registrationNumber}/timeline")
    @Operation(summary = "Alla händelser i ärendet i tidsordning: vem, vad, när")
    List<TimelineEvent> timeline(@PathVariable String registrationNumber) {
        return reader.timeline(registrationNumber);
    }

    @GetMapping("/{registrationNumber}/citizen-input")
    @Operation(
            summary = "Synpunkter från medborgare om löftet och hur de hanterats, nyast först",
            description =
                    "Bara för kommunen, polisen och styrgruppen. Texten är tom när den raderats efter lagringstiden;"
                            + " e-postadressen visas aldrig, bara om en sådan lämnades.")
    List<CitizenInput> citizenInput(@PathVariable String registrationNumber) {
        return reader.citizenInput(registrationNumber);
    }

    @GetMapping("/{registrationNumber}/indicators")
    @Operation(summary = "Uppföljningarnas indikatorer som tidsserie")
    List<IndicatorPoint> indicators(@PathVariable String registrationNumber) {
        return reader.indicators(registrationNumber);
    }
}
