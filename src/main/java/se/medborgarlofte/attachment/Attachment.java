package se.medborgarlofte.attachment;

import java.time.Instant;

/**
 * One attachment as it is listed: everything but its bytes.
 *
 * @param subject what it is attached to ({@link SubjectKind} code)
 * @param subjectId the commitment, follow-up or meeting; null for the pledge itself
 * @param subjectLabel what it is attached to, in Swedish
 * @param sha256 the checksum of its bytes, hexadecimal
 * @param confidentiality {@link Confidentiality} code
 */
public record Attachment(
        long id,
        String subject,
        Long subjectId,
        String subjectLabel,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String description,
        String confidentiality,
        String confidentialityLabel,
        String uploadedBy,
        Instant uploadedAt) {

    /** The size as a person reads it: "340 kB", "2,5 MB". */
    public String sizeInWords() {
        return size < 1024 * 1024 ? Math.max(1, Math.round(size / 1024.0)) + " kB" : UploadCheck.megabytes(size);
    }
}
