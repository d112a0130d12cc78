package se.medborgarlofte.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;
import se.medborgarlofte.AttachmentUploads;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.TestFiles;
import se.medborgarlofte.WebappLogin;
import se.medborgarlofte.WebappPages;

/**
 * Attachments on PostgreSQL, over HTTP, on the demo's town-square pledge (parties: police, municipality, association):
 * who may upload and read what, the checks of a file, the checksum, the audit log, the case page's form and the
 * public page.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentsIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private String townSquare;
    private String housingArea;

    @BeforeAll
    void demoPledges() {
        townSquare = number("Tryggare Gustav Adolfs plan");
        housingArea = number("Trygghet i Västerleden");
    }

    @Test
    void theDemoShowsAPublicAndAPartiesOnlyAttachmentOnTheTownSquare() {
        List<String> forAssociation = descriptions(list("forening", townSquare));
        assertThat(forAssociation)
                .contains("Det undertecknade medborgarlöftet", "Anteckningar från trygghetsvandringen");
        List<String> forHousingCompany = descriptions(list("bostadsbolag", townSquare));
        assertThat(forHousingCompany)
                .contains("Det undertecknade medborgarlöftet")
                .doesNotContain("Anteckningar från trygghetsvandringen");
        Document page = WebappPages.html(new WebappPages(rest).get(null, "/medborgarloften/" + townSquare), 200);
        assertThat(page.select("#bilagor ~ ul a").eachText()).contains("Det undertecknade medborgarlöftet");
        assertThat(page.text())
                .doesNotContain("Anteckningar från trygghetsvandringen", "trygghetsvandring-anteckningar");
    }

    @Test
    void anAttachmentOfTheCoordinatorIsDownloadableByThePartiesWithItsChecksum() throws Exception {
        byte[] agreement = TestFiles.pdf("Samverkansöverenskommelse Gustav Adolfs plan");
        ResponseEntity<String> created = AttachmentUploads.upload(
                rest,
                "samordnare",
                townSquare,
                AttachmentUploads.form(
                        "C:\\Dokument\\Överenskommelse <slutlig>.pdf",
                        agreement,
                        "pledge",
                        "Samverkansöverenskommelsen, slutlig",
                        "parties"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode attachment = json.readTree(created.getBody());
        long id = attachment.path("id").asLong();
        assertThat(attachment.path("fileName").asText()).isEqualTo("Överenskommelse slutlig.pdf");
        assertThat(attachment.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(attachment.path("size").asLong()).isEqualTo(agreement.length);
        assertThat(attachment.path("uploadedBy").asText()).isEqualTo("samordnare");
        assertThat(created.getHeaders().getLocation().getPath())
                .isEqualTo("/api/pledges/" + townSquare + "/attachments/" + id);
        String stored = jdbc.sql("SELECT sha256 FROM attachment WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(stored)
                .isEqualTo(Attachments.sha256(agreement))
                .isEqualTo(attachment.path("sha256").asText());

        for (String party : List.of("forening", "polis", "kso", "styrgrupp1")) {
            ResponseEntity<byte[]> download = download(party, townSquare, id);
            assertThat(download.getStatusCode().value()).as(party).isEqualTo(200);
            assertThat(download.getBody()).isEqualTo(agreement);
            assertThat(Attachments.sha256(download.getBody())).isEqualTo(stored);
            assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                    .startsWith("attachment;")
                    .contains("filename*=UTF-8''%C3%96verenskommelse%20slutlig.pdf");
            assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(download.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        }
        // the housing company is no party of the town square
        assertThat(download("bostadsbolag", townSquare, id).getStatusCode().value())
                .isEqualTo(403);
        assertThat(descriptions(list("bostadsbolag", townSquare)))
                .doesNotContain("Samverkansöverenskommelsen, slutlig");
    }

    @Test
    void policeOnlyIsRefusedToAnAssociationAndTheCoordinator() throws Exception {
        ResponseEntity<String> created = AttachmentUploads.upload(
                rest,
                "polis",
                townSquare,
                AttachmentUploads.form(
                        "spaning.txt",
                        "Spaning vid gångtunneln fredag kväll".getBytes(StandardCharsets.UTF_8),
                        "pledge",
                        "Spaningsrapport gångtunneln",
                        "police"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        long id = json.readTree(created.getBody()).path("id").asLong();

        assertThat(download("lpo", townSquare, id).getStatusCode().value()).isEqualTo(200);
        for (String other : List.of("forening", "samordnare", "kommun")) {
            ResponseEntity<byte[]> refused = download(other, townSquare, id);
            assertThat(refused.getStatusCode().value()).as(other).isEqualTo(403);
            assertThat(new String(refused.getBody(), StandardCharsets.UTF_8))
                    .contains("Bilagan är märkt \\\"Endast polisen\\\" och du får inte öppna den");
            assertThat(descriptions(list(other, townSquare))).doesNotContain("Spaningsrapport gångtunneln");
        }
        assertThat(descriptions(list("polis", townSquare))).contains("Spaningsrapport gångtunneln");

        ResponseEntity<String> coordinatorsPoliceOnly = AttachmentUploads.upload(
                rest,
                "samordnare",
                townSquare,
                AttachmentUploads.form("a.pdf", TestFiles.pdf("a"), "pledge", "Bara för polisen", "police"));
        assertProblem(coordinatorsPoliceOnly, 400, "confidentiality", "Bara polisen kan bifoga dokument");
    }

    @Test
    void refusesBadUploadsWithSwedishProblemsAndStoresNothing() throws Exception {
        long before = count();
        long commitmentOfAnotherPledge = jdbc.sql("SELECT c.id FROM commitment c JOIN pledge p ON p.id = c.pledge_id"
                        + " WHERE p.registration_number = ? ORDER BY c.id LIMIT 1")
                .param(housingArea)
                .query(Long.class)
                .single();
        assertProblem(
                upload("samordnare", "a.pdf", TestFiles.pdf("a"), "commitment:" + commitmentOfAnotherPledge),
                400,
                "subject",
                "Valet (Åtagande) hör inte till " + townSquare);
        assertProblem(
                upload("samordnare", "a.pdf", TestFiles.pdf("a"), "follow-up:999999999"),
                400,
                "subject",
                "hör inte till");
        assertProblem(
                upload("samordnare", "a.pdf", TestFiles.pdf("a"), "commitment:1 OR 1=1"),
                400,
                "subject",
                "hör inte till");
        assertProblem(
                upload("samordnare", "a.pdf", TestFiles.pdf("a"), "agenda"), 400, "subject", "Välj vad bilagan gäller");

        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(TestFiles.pdf("stor"), 0, tooLarge, 0, 20);
        assertProblem(
                upload("samordnare", "stor.pdf", tooLarge, "pledge"), 400, "file", "en bilaga får vara högst 10 MB");
        assertProblem(
                upload("samordnare", "rapport.pdf", TestFiles.executable(), "pledge"),
                400,
                "file",
                "Filtypen tas inte emot. Tillåtna är PDF, PNG, JPG, DOCX, XLSX, ODT, TXT");
        assertProblem(
                upload("samordnare", "sida.html", TestFiles.html(), "pledge"), 400, "file", "Filtypen tas inte emot");
        assertProblem(
                upload("samordnare", "bild.pdf", TestFiles.png(), "pledge"),
                400,
                "file",
                "stämmer inte med filändelsen .pdf");
        assertProblem(upload("samordnare", "tom.pdf", new byte[0], "pledge"), 400, "file", "Filen är tom");

        ResponseEntity<String> nothing = AttachmentUploads.upload(
                rest, "samordnare", townSquare, AttachmentUploads.form(null, null, null, null, null));
        JsonNode problem = assertProblem(nothing, 400, "file", "Välj en fil att bifoga.");
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("file", "subject", "description", "confidentiality");

        ResponseEntity<String> notAParty = upload("bostadsbolag", "a.pdf", TestFiles.pdf("a"), "pledge");
        assertThat(notAParty.getStatusCode().value()).isEqualTo(403);
        assertThat(json.readTree(notAParty.getBody()).path("detail").asText())
                .isEqualTo("Bara samordnaren och medborgarlöftets parter kan bifoga dokument till det här ärendet.");
        assertThat(upload("samordnare", "a.pdf", TestFiles.pdf("a"), "pledge", "ML-2099-9999")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(download("forening", townSquare, 999_999_999L)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCommitmentsAttachmentNamesItsCommitment() throws Exception {
        long commitment = jdbc.sql("SELECT c.id FROM commitment c JOIN pledge p ON p.id = c.pledge_id"
                        + " WHERE p.registration_number = ? ORDER BY c.draft_round DESC, c.position LIMIT 1")
                .param(townSquare)
                .query(Long.class)
                .single();
        ResponseEntity<String> created = AttachmentUploads.upload(
                rest,
                "forening",
                townSquare,
                AttachmentUploads.form(
                        "vandring.docx",
                        TestFiles.docx(),
                        "commitment:" + commitment,
                        "Rutt för vuxenvandringen",
                        "public"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode attachment = json.readTree(created.getBody());
        assertThat(attachment.path("subject").asText()).isEqualTo("commitment");
        assertThat(attachment.path("subjectId").asLong()).isEqualTo(commitment);
        assertThat(attachment.path("subjectLabel").asText()).startsWith("Åtagande 1: ");
        assertThat(attachment.path("contentType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void everyUploadListAndReadIsInTheAuditLog() throws Exception {
        ResponseEntity<String> created = upload("kommun", "torget.png", TestFiles.png(), "pledge");
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        long id = json.readTree(created.getBody()).path("id").asLong();
        list("kommun", townSquare);
        download("kommun", townSquare, id);
        download("bostadsbolag", townSquare, id);

        List<String> entries = jdbc.sql("SELECT user_id || ' ' || action || ' ' || outcome || ' ' || resource"
                        + " FROM audit_entry WHERE pledge = ? AND action LIKE 'attachment-%'")
                .param(townSquare)
                .query(String.class)
                .list();
        String path = "/api/pledges/" + townSquare + "/attachments";
        assertThat(entries)
                .contains(
                        "kommun attachment-upload 201 POST " + path,
                        "kommun attachment-list 200 GET " + path,
                        "kommun attachment-read 200 GET " + path + "/" + id,
                        "bostadsbolag attachment-read 403 GET " + path + "/" + id);
    }

    @Test
    void theCasePageListsAndTakesAttachmentsWithTheSessionsCsrfToken() throws Exception {
        WebappLogin.Session session =
                WebappLogin.session(rest, "tasklist", "samordnare", EngineRestClient.DEMO_PASSWORD);
        HttpHeaders page = new HttpHeaders();
        page.set(HttpHeaders.COOKIE, session.cookies());
        page.setAccept(List.of(MediaType.TEXT_HTML));
        Document casePage = WebappPages.html(
                rest.exchange("/arenden/" + townSquare, HttpMethod.GET, new HttpEntity<>(page), String.class), 200);
        assertThat(casePage.select("#bilagor").text()).isEqualTo("Bilagor");
        assertThat(casePage.select("form.upload input[name=_csrf]").val()).isEqualTo(session.csrfToken());
        assertThat(casePage.select("form.upload select[name=subject] option").eachText())
                .first()
                .isEqualTo("Medborgarlöftet");
        assertThat(casePage.select("form.upload input[name=confidentiality]").eachAttr("value"))
                .containsExactly("public", "parties");

        MultiValueMap<String, Object> form = AttachmentUploads.form(
                "beslut.pdf", TestFiles.pdf("KS beslut"), "pledge", "Kommunstyrelsens beslut", "public");
        HttpHeaders multipart = new HttpHeaders();
        multipart.set(HttpHeaders.COOKIE, session.cookies());
        multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> withoutToken = rest.exchange(
                "/arenden/" + townSquare + "/bilagor",
                HttpMethod.POST,
                new HttpEntity<>(form, multipart),
                String.class);
        assertThat(withoutToken.getStatusCode().value()).isEqualTo(403);

        form.add("_csrf", session.csrfToken());
        // as a browser sends it, without following the redirect that answers it (Java's own client follows none)
        RestTemplate browser = new RestTemplate(new JdkClientHttpRequestFactory(HttpClient.newHttpClient()));
        browser.setErrorHandler(new DefaultResponseErrorHandler() {
            @Override
            public boolean hasError(ClientHttpResponse response) {
                return false;
            }
        });
        ResponseEntity<String> added = browser.exchange(
                rest.getRootUri() + "/arenden/" + townSquare + "/bilagor",
                HttpMethod.POST,
                new HttpEntity<>(form, multipart),
                String.class);
        assertThat(added.getStatusCode().value()).isEqualTo(302);
        assertThat(added.getHeaders().getLocation().toString())
                .endsWith("/arenden/" + townSquare + "?bilaga=tillagd#bilagor");
        Document after = WebappPages.html(
                rest.exchange(
                        "/arenden/" + townSquare + "?bilaga=tillagd",
                        HttpMethod.GET,
                        new HttpEntity<>(page),
                        String.class),
                200);
        assertThat(after.select("p.notice").text()).isEqualTo("Bilagan är tillagd.");
        assertThat(after.select("table td[data-label=Beskrivning]").eachText()).contains("Kommunstyrelsens beslut");

        MultiValueMap<String, Object> empty = AttachmentUploads.form("tom.pdf", new byte[0], "pledge", "", "public");
        empty.add("_csrf", session.csrfToken());
        Document refused = WebappPages.html(
                rest.exchange(
                        "/arenden/" + townSquare + "/bilagor",
                        HttpMethod.POST,
                        new HttpEntity<>(empty, multipart),
                        String.class),
                400);
        assertThat(refused.select("form.upload .errors li").eachText())
                .containsExactly("Beskriv kort vad bilagan är.", "Filen är tom. Välj en fil med innehåll.");
    }

    @Test
    void thePublicPageListsOnlyPublicAttachmentsAndAnswersOthersAsUnknown() throws Exception {
        long hidden = json.readTree(AttachmentUploads.upload(
                                rest,
                                "samordnare",
                                townSquare,
                                AttachmentUploads.form(
                                        "intern-lagesbild.pdf",
                                        TestFiles.pdf("intern"),
                                        "pledge",
                                        "Intern lägesbild för parterna",
                                        "parties"))
                        .getBody())
                .path("id")
                .asLong();
        byte[] survey = TestFiles.pdf("Trygghetsmätningen 2026");
        long shown = json.readTree(AttachmentUploads.upload(
                                rest,
                                "samordnare",
                                townSquare,
                                AttachmentUploads.form(
                                        "trygghetsmatning-2026.pdf",
                                        survey,
                                        "pledge",
                                        "Trygghetsmätningen 2026",
                                        "public"))
                        .getBody())
                .path("id")
                .asLong();

        WebappPages pages = new WebappPages(rest);
        Document page = WebappPages.html(pages.get(null, "/medborgarloften/" + townSquare), 200);
        assertThat(page.select("#bilagor ~ ul a").eachText()).contains("Trygghetsmätningen 2026");
        assertThat(page.select("#bilagor ~ ul a").eachAttr("href"))
                .contains("/medborgarloften/" + townSquare + "/bilagor/" + shown);
        assertThat(page.html()).doesNotContain("Intern lägesbild för parterna", "intern-lagesbild");

        ResponseEntity<byte[]> download =
                rest.getForEntity("/medborgarloften/" + townSquare + "/bilagor/" + shown, byte[].class);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(survey);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        String unknown = pages.get(null, "/medborgarloften/" + townSquare + "/bilagor/999999999")
                .getBody();
        ResponseEntity<String> notPublic = pages.get(null, "/medborgarloften/" + townSquare + "/bilagor/" + hidden);
        assertThat(notPublic.getStatusCode().value()).isEqualTo(404);
        assertThat(notPublic.getBody()).isEqualTo(unknown).doesNotContain("Intern lägesbild", "intern-lagesbild");
        // a pledge that is not published shows none, even a public one
        ResponseEntity<String> unpublished = pages.get(null, "/medborgarloften/" + housingArea + "/bilagor/" + shown);
        assertThat(unpublished.getStatusCode().value()).isEqualTo(404);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'attachment-read' AND user_id IS NULL"
                                + " AND resource = ?")
                        .param("GET /medborgarloften/" + townSquare + "/bilagor/" + shown)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private ResponseEntity<String> upload(String user, String name, byte[] content, String subject) {
        return upload(user, name, content, subject, townSquare);
    }

    private ResponseEntity<String> upload(String user, String name, byte[] content, String subject, String pledge) {
        return AttachmentUploads.upload(
                rest, user, pledge, AttachmentUploads.form(name, content, subject, "Ett dokument", "parties"));
    }

    private JsonNode assertProblem(ResponseEntity<String> answer, int status, String field, String message)
            throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.getBody());
        List<String> messages = new ArrayList<>();
        problem.path("errors").forEach(error -> {
            if (error.path("field").asText().equals(field)) {
                messages.add(error.path("message").asText());
            }
        });
        assertThat(messages).as(answer.getBody()).anyMatch(text -> text.contains(message));
        return problem;
    }

    private JsonNode list(String user, String pledge) {
        ResponseEntity<String> answer = rest.withBasicAuth(user, EngineRestClient.DEMO_PASSWORD)
                .getForEntity("/api/pledges/" + pledge + "/attachments", String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        try {
            return json.readTree(answer.getBody());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> descriptions(JsonNode list) {
        List<String> descriptions = new ArrayList<>();
        list.forEach(
                attachment -> descriptions.add(attachment.path("description").asText()));
        return descriptions;
    }

    private ResponseEntity<byte[]> download(String user, String pledge, long id) {
        return rest.withBasicAuth(user, EngineRestClient.DEMO_PASSWORD)
                .getForEntity("/api/pledges/" + pledge + "/attachments/" + id, byte[].class);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single();
    }

    private String number(String title) {
        return jdbc.sql("SELECT registration_number FROM pledge WHERE title = ?")
                .param(title)
                .query(String.class)
                .single();
    }
}
