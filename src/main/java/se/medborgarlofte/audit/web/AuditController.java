package se.medborgarlofte.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.audit.AuditEntry;
import se.medborgarlofte.audit.AuditLog;
import se.medborgarlofte.identity.OrganisationGroup;
import se.medborgarlofte.system.Terms;
import se.medborgarlofte.system.web.CsvCells;
import se.medborgarlofte.system.web.CurrentUser;
import se.medborgarlofte.system.web.FieldProblem;
import se.medborgarlofte.system.web.ForbiddenException;
import se.medborgarlofte.system.web.InvalidRequestException;

/** The coordinator searches the audit log and exports it as CSV, per pledge and per user. */
@RestController
@Tag(name = "Granskningslogg", description = "Vem gjorde vad, när och varifrån")
@RequiredArgsConstructor
class AuditController {

    static final int MAX_ENTRIES = 10_000;

    private final AuditLog log;
    private final IdentityService identity;
    private final Terms terms;

    @GetMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sök i granskningsloggen (endast samordnare); nyaste först")
    List<AuditEntry> search(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String pledge,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false, defaultValue = "200") int limit) {
        requireCoordinator();
        return entries(user, pledge, action, from, to, Math.max(1, Math.min(limit, MAX_ENTRIES)));
    }

    @GetMapping(path = "/api/audit.csv", produces = "text/csv")
    @Operation(summary = "Exportera granskningsloggen som CSV (endast samordnare)")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String pledge,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        requireCoordinator();
        StringBuilder csv = new StringBuilder(
                "\uFEFFTidpunkt;Användare;Händelse;" + terms.pledgeNumber() + ";Resurs;Svar;Adress\r\n");
        for (AuditEntry entry : entries(user, pledge, action, from, to, MAX_ENTRIES)) {
            csv.append(Stream.of(
                                    entry.occurredAt().toString(),
                                    entry.userId(),
                                    entry.action(),
                                    entry.pledge(),
                                    entry.resource(),
                                    String.valueOf(entry.outcome()),
                                    entry.remoteAddress())
                            .map(CsvCells::cell)
                            .collect(Collectors.joining(";")))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=granskningslogg.csv")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<AuditEntry> entries(String user, String pledge, String action, String from, String to, int limit) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant fromInstant = instant("from", from, problems);
        Instant toInstant = instant("to", to, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return log.search(blankToNull(user), blankToNull(pledge), blankToNull(action), fromInstant, toInstant, limit);
    }

    private void requireCoordinator() {
        if (!CurrentUser.groups(identity).orElse(List.of()).contains(OrganisationGroup.SAMORDNARE.id())) {
            throw new ForbiddenException("Granskningsloggen är bara tillgänglig för samordnare.");
        }
    }

    private static Instant instant(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(
                    new FieldProblem(field, "Ange tidpunkten som ÅÅÅÅ-MM-DDTtt:mm:ssZ, t.ex. 2026-11-01T00:00:00Z."));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
