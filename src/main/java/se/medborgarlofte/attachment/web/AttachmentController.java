package se.medborgarlofte.attachment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.medborgarlofte.attachment.Attachment;
import se.medborgarlofte.attachment.AttachmentDownloads;
import se.medborgarlofte.attachment.Attachments;
import se.medborgarlofte.attachment.UploadCheck;
import se.medborgarlofte.system.web.NotFoundException;

/**
 * A pledge's documents: the list the caller may read, one attachment's bytes (always as a download, never shown in
 * the browser), and a new attachment as {@code multipart/form-data}.
 */
@RestController
@RequestMapping(path = "/api/pledges/{registrationNumber}/attachments")
@Tag(name = "Bilagor", description = "Dokument i ärendeakten: avtal, rapporter, foton, beslut")
@RequiredArgsConstructor
class AttachmentController {

    private final Attachments attachments;

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ärendets bilagor som du får läsa, nyast först")
    List<Attachment> list(@PathVariable String registrationNumber) {
        return attachments.list(registrationNumber);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Bifoga ett dokument",
            description = "För samordnaren och löftets parter. Filtypen avgörs av innehållet; tillåtna typer och "
                    + "största storlek är konfigurerbara (medborgarlofte.attachments).")
    ResponseEntity<Attachment> upload(
            @PathVariable String registrationNumber,
            @Parameter(description = "Filen") @RequestParam(name = UploadCheck.FILE, required = false)
                    MultipartFile file,
            @Parameter(
                            description =
                                    "pledge, eller commitment:ID, follow-up:ID, council-meeting:ID, steering-review:ID")
                    @RequestParam(required = false)
                    String subject,
            @Parameter(description = "Kort beskrivning, högst 500 tecken") @RequestParam(required = false)
                    String description,
            @Parameter(description = "public (Offentlig), parties (Parterna) eller police (Endast polisen)")
                    @RequestParam(required = false)
                    String confidentiality) {
        Attachment attached = attachments.upload(
                registrationNumber, Attachments.Upload.of(file, subject, description, confidentiality));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(attached.id())
                .toUri();
        return ResponseEntity.created(location).body(attached);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Hämta en bilaga (som nedladdning)")
    ResponseEntity<byte[]> download(@PathVariable String registrationNumber, @PathVariable String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new NotFoundException("Bilagan finns inte i det här ärendet.");
        }
        return AttachmentDownloads.asDownload(attachments.download(registrationNumber, Long.parseLong(id)));
    }
}
