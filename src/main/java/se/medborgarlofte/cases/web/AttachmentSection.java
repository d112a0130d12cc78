package se.medborgarlofte.cases.web;

import java.util.List;
import java.util.Map;
import se.medborgarlofte.attachment.Attachment;
import se.medborgarlofte.attachment.Confidentiality;
import se.medborgarlofte.attachment.Subject;

/**
 * The section "Bilagor" of a case page and of the Tasklist tab: the attachments the visitor may read, with download
 * links (served by the API), and the upload form for those who may attach.
 *
 * @param subjects what the form offers to attach to; empty when the visitor may not upload
 * @param csrfToken the session's token for the case page's plain form; null in the Tasklist tab, whose script sends it
 *     in the webapps' header
 * @param form the values and problems of a refused upload, to show them again
 * @param added whether an attachment was just added (after the case page's redirect)
 */
record AttachmentSection(
        String number,
        List<Attachment> attachments,
        List<Subject> subjects,
        List<Confidentiality> confidentialities,
        String allowedTypes,
        String acceptedExtensions,
        String maxSize,
        int maxDescription,
        String csrfToken,
        Form form,
        boolean added) {

    /** What was sent with a refused upload, and each field's problem. */
    record Form(String subject, String description, String confidentiality, Map<String, String> problems) {

        static final Form EMPTY = new Form("pledge", "", "parties", Map.of());

        public String problem(String field) {
            return problems.get(field);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    public boolean mayUpload() {
        return !subjects.isEmpty();
    }

    public String download(Attachment attachment) {
        return "/api/pledges/" + number + "/attachments/" + attachment.id();
    }

    /** Where the case page's plain form posts. */
    public String pageAction() {
        return CaseListPage.PATH + "/" + number + "/bilagor";
    }

    /** Where the Tasklist tab's script posts. */
    public String apiAction() {
        return "/api/pledges/" + number + "/attachments";
    }
}
