package se.medborgarlofte.attachment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What may be attached. The servlet's multipart limits follow {@code maxSize} ({@link AttachmentMultipartLimits}), so
 * that a file a little over it still reaches our own check and its Swedish answer.
 *
 * @param maxSize      the largest file taken
 * @param allowedTypes media types taken, as detected from the file's content (and its name where the content alone is
 *     a container, as for DOCX and XLSX)
 */
@ConfigurationProperties("medborgarlofte.attachments")
public record AttachmentProperties(
        @DefaultValue("10MB") DataSize maxSize,

        @DefaultValue({
            "application/pdf",
            "image/png",
            "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "text/plain"
        })
        List<String> allowedTypes) {}
