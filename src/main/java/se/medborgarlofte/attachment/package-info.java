/**
 * Documents in the case file: attachments on a pledge, a commitment, a follow-up or a meeting, with their bytes, a
 * SHA-256 checksum and a confidentiality each (public, the pledge's parties, police only). Checks what is uploaded
 * (type by content, size, name: {@link se.medborgarlofte.attachment.UploadCheck}), who may upload and read
 * ({@link se.medborgarlofte.attachment.AttachmentAccess}) and that the subject belongs to the pledge; served by the API
 * ({@code web}), and used by the case pages, the Tasklist tab and the public page. Uses {@code system}.
 */
package se.medborgarlofte.attachment;
