package se.medborgarlofte.attachment;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an attachment is sent, from the API and the public page alike: always as a download under its checked name and
 * detected type, never to be sniffed or shown inline, so that an uploaded file cannot run as a page of ours.
 */
public final class AttachmentDownloads {

    private AttachmentDownloads() {}

    public static ResponseEntity<byte[]> asDownload(Attachments.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentLength(download.content().length)
                .body(download.content());
    }
}
