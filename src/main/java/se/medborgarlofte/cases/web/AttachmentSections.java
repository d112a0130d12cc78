package se.medborgarlofte.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.attachment.Attachments;
import se.medborgarlofte.attachment.UploadCheck;
import se.medborgarlofte.system.security.WebappSessions;

/** Builds the section "Bilagor" for the logged-in visitor of a case page or the Tasklist tab. */
@Component
@RequiredArgsConstructor
class AttachmentSections {

    private final Attachments attachments;
    private final UploadCheck check;

    /** For the case page: its plain form carries the session's CSRF token. */
    AttachmentSection forPage(String number, HttpServletRequest request, AttachmentSection.Form form, boolean added) {
        return section(number, WebappSessions.csrfToken(request).orElse(null), form, added);
    }

    /** For the Tasklist tab: its script sends the token in the webapps' header. */
    AttachmentSection forPanel(String number) {
        return section(number, null, AttachmentSection.Form.EMPTY, false);
    }

    private AttachmentSection section(String number, String csrfToken, AttachmentSection.Form form, boolean added) {
        return new AttachmentSection(
                number,
                attachments.list(number),
                attachments.subjects(number),
                attachments.confidentialities(number),
                check.allowedExtensions(),
                check.acceptedExtensions(),
                check.maxSizeInWords(),
                Attachments.MAX_DESCRIPTION,
                csrfToken,
                form,
                added);
    }
}
