package se.medborgarlofte;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Uploads attachments as a client of the API does: multipart/form-data, HTTP Basic as a demo user. */
public final class AttachmentUploads {

    private AttachmentUploads() {}

    /** The form's fields; a null value is left out, as a client that does not send it. */
    public static MultiValueMap<String, Object> form(
            String fileName, byte[] content, String subject, String description, String confidentiality) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (content != null) {
            form.add("file", file(fileName, content));
        }
        if (subject != null) {
            form.add("subject", subject);
        }
        if (description != null) {
            form.add("description", description);
        }
        if (confidentiality != null) {
            form.add("confidentiality", confidentiality);
        }
        return form;
    }

    public static ResponseEntity<String> upload(
            TestRestTemplate rest, String user, String pledge, MultiValueMap<String, Object> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, EngineRestClient.DEMO_PASSWORD)
                .exchange(
                        "/api/pledges/" + pledge + "/attachments",
                        HttpMethod.POST,
                        new HttpEntity<>(form, headers),
                        String.class);
    }

    public static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
