package se.medborgarlofte.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.cases.document.CaseDocuments;

/** The documents of a pledge, generated from its case file on every request. */
@RestController
@RequestMapping("/api/pledges/{registrationNumber}")
@Tag(name = "Dokument", description = "Det publika medborgarlöftet, uppföljningsrapporten och styrgruppens protokoll")
@RequiredArgsConstructor
class DocumentController {

    private static final String CSV = "text/csv";

    private final CaseDocuments documents;
    private final CaseAccess access;

    @GetMapping(path = "/document.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "Det publika medborgarlöftet som HTML")
    ResponseEntity<String> pledgeHtml(@PathVariable String registrationNumber) {
        access.audience();
        return html(documents.pledgeHtml(registrationNumber));
    }

    @GetMapping(path = "/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Det publika medborgarlöftet som PDF")
    ResponseEntity<byte[]> pledgePdf(@PathVariable String registrationNumber) {
        access.audience();
        return file(
                documents.pledgePdf(registrationNumber),
                MediaType.APPLICATION_PDF,
                registrationNumber + "-medborgarlofte.pdf");
    }

    @GetMapping(path = "/follow-up-report.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "Uppföljningsrapporten som HTML")
    ResponseEntity<String> followUpHtml(@PathVariable String registrationNumber) {
        access.requireInternal();
        return html(documents.followUpHtml(registrationNumber));
    }

    @GetMapping(path = "/follow-up-report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Uppföljningsrapporten som PDF")
    ResponseEntity<byte[]> followUpPdf(@PathVariable String registrationNumber) {
        access.requireInternal();
        return file(
                documents.followUpPdf(registrationNumber),
                MediaType.APPLICATION_PDF,
                registrationNumber + "-uppfoljning.pdf");
    }

    @GetMapping(path = "/follow-up-report.csv", produces = CSV)
    @Operation(summary = "Uppföljningsrapporten som CSV (semikolonseparerad, UTF-8)")
    ResponseEntity<byte[]> followUpCsv(@PathVariable String registrationNumber) {
        access.requireInternal();
        return file(
                documents.followUpCsv(registrationNumber).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                registrationNumber + "-uppfoljning.csv");
    }

    @GetMapping(path = "/decisions/{number}/minutes.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "Protokoll från styrgruppens granskning (beslut nummer {number}) som HTML")
    ResponseEntity<String> minutesHtml(@PathVariable String registrationNumber, @PathVariable int number) {
        access.requireInternal();
        return html(documents.minutesHtml(registrationNumber, number));
    }

    @GetMapping(path = "/decisions/{number}/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Protokoll från styrgruppens granskning (beslut nummer {number}) som PDF")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String registrationNumber, @PathVariable int number) {
        access.requireInternal();
        return file(
                documents.minutesPdf(registrationNumber, number),
                MediaType.APPLICATION_PDF,
                registrationNumber + "-protokoll-" + number + ".pdf");
    }

    private static ResponseEntity<String> html(String html) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(html);
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(content);
    }
}
