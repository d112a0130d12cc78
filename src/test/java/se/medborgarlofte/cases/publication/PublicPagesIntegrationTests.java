package se.medborgarlofte.cases.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.AttachmentUploads;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.TestFiles;
import se.medborgarlofte.WebappPages;

/**
 * The citizens' pages on PostgreSQL, without login: a pledge appears once it is signed and communicated, with its
 * promises and their progress, and the feedback; and nothing confidential of any pledge reaches any public page or
 * document, checked against the values the case file stores.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesIntegrationTests {

    /**
     * The stored values no public answer may contain, per pledge. User ids are left out: the demo's are role words
     * ("bostadsbolag") that public texts use too; people's names are checked instead ({@link #officersNames}).
     */
    private static final List<String> CONFIDENTIAL = List.of(
            "SELECT what_happens, places, times, frequency, findings FROM situation_picture WHERE pledge_id = ?",
            "SELECT concerns FROM citizen_dialogue WHERE pledge_id = ?",
            "SELECT comment FROM approval WHERE pledge_id = ?",
            "SELECT comment FROM co_signer_approval WHERE pledge_id = ?",
            "SELECT a.comment FROM revision_co_signer_answer a"
                    + " JOIN commitment_revision r ON r.id = a.revision_id WHERE r.pledge_id = ?",
            "SELECT reported_crimes_context, assessment FROM follow_up WHERE pledge_id = ?",
            "SELECT comment FROM steering_decision WHERE pledge_id = ?",
            "SELECT s.member_name, s.comment FROM steering_position s"
                    + " JOIN steering_review r ON r.id = s.review_id WHERE r.pledge_id = ?",
            "SELECT o.observations FROM occurrence_report o"
                    + " JOIN commitment c ON c.id = o.commitment_id WHERE c.pledge_id = ?",
            "SELECT joint_situation_picture FROM pledge WHERE id = ?",
            "SELECT what, where_text, email FROM citizen_input WHERE pledge_id = ?",
            "SELECT file_name, description FROM attachment WHERE pledge_id = ? AND confidentiality <> 'public'");

    /** What the public pages and the pledge document show of a pledge. */
    private static final List<String> PUBLISHED = List.of(
            "SELECT title, area, pledge_text, background, area_description, signatories FROM pledge WHERE id = ?",
            "SELECT done_text, changes_text, decision_text FROM public_feedback WHERE pledge_id = ?",
            "SELECT problem, place FROM prioritised_problem WHERE pledge_id = ?",
            "SELECT promise, indicator, outcome_reason FROM commitment WHERE pledge_id = ?",
            "SELECT file_name, description FROM attachment WHERE pledge_id = ? AND confidentiality = 'public'");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityService identity;

    private WebappPages pages;
    private String concluded;
    private String running;
    private String unpublished;

    @BeforeAll
    void pledgesInEveryState() {
        pages = new WebappPages(rest);
        PledgeJourney journey = new PledgeJourney(rest, management);
        running = journey.start("Trygga Offentligheten", "Offentliga torget");
        journey.identifyNeed(running).draft(running, PledgeJourney.COMMITMENTS).sign(running);
        assertThat(journey.citizenSends(
                                running,
                                Map.of(
                                        "vad", "Någon säljer narkotika bakom kiosken varje fredag.",
                                        "var", "Bakom kiosken vid östra grinden",
                                        "epost", "hemlig.medborgare@example.se"),
                                "198.51.100.77")
                        .getStatusCode()
                        .value())
                .isEqualTo(302);
        journey.policeReport(running)
                .housingCompanyCloses(running)
                .followUpAndReview(running, "continue")
                .publishFollowUpFeedback(
                        running, "Grannsamverkan har startat i tre kvarter; vi fortsätter enligt plan.");
        concluded = journey.start("Trygga Avslutet", "Avslutsgatan");
        journey.identifyNeed(concluded)
                .draft(concluded, PledgeJourney.COMMITMENTS)
                .sign(concluded)
                .policeReport(concluded)
                .followUpAndReview(concluded, "close")
                .publishFollowUpFeedback(concluded, "Tre områden har startat; bostadsbolagets stöd kom inte i gång.")
                .giveFeedback(
                        concluded,
                        "2027-03-01",
                        "Vi har startat tre grannsamverkansområden; bostadsbolagets stöd blev inte av.")
                .closeWithoutRenewal(concluded);
        unpublished = journey.start("Hemliga Utkastet", "Utkastvägen");
        journey.identifyNeed(unpublished);
        attach(running, "samordnare", "Trygghetsmätningen för torget", "trygghetsmatning-torget.pdf", "public");
        attach(
                running,
                "samordnare",
                "Parternas interna minnesanteckningar",
                "minnesanteckningar-parterna.pdf",
                "parties");
        attach(running, "polis", "Polisens spaningsrapport kiosken", "spaningsrapport-kiosken.pdf", "police");
        attach(unpublished, "samordnare", "Utkastets offentliga bilaga", "utkastets-bilaga.pdf", "public");
    }

    @Test
    void theListShowsPublishedPledgesRunningFirstAndFindsThemByArea() {
        Document list = WebappPages.html(pages.get(null, "/medborgarloften"), 200);
        List<String> titles = list.select("table tbody td:first-child").eachText();

        assertThat(titles).contains("Trygga Offentligheten", "Trygga Avslutet").doesNotContain("Hemliga Utkastet");
        assertThat(titles.indexOf("Trygga Offentligheten")).isLessThan(titles.indexOf("Trygga Avslutet"));
        assertThat(WebappPages.html(pages.get(null, "/medborgarloften?omrade=offentliga"), 200)
                        .select("table tbody td:first-child")
                        .eachText())
                .containsExactly("Trygga Offentligheten");
        assertThat(WebappPages.html(pages.get(null, "/medborgarloften?omrade=utkastv%C3%A4gen"), 200)
                        .text())
                .contains("Inget medborgarlöfte gäller ett område som heter utkastvägen.");
    }

    @Test
    void aPledgePageShowsThePromisesTheirProgressAndTheFeedback() {
        Document page = WebappPages.html(pages.get(null, "/medborgarloften/" + concluded), 200);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Trygga Avslutet");
        assertThat(page.select("section[aria-labelledby=ataganden] h3").eachText())
                .containsExactly("Polisen lovar att …", "Bostadsbolaget och näringslivet lovar att …");
        assertThat(page.text()).contains("Kommunens beslut Kommunstyrelsen 2026-11-20, diarienummer KS 2026/123");
        assertThat(page.select(".promises .promise").eachText())
                .as("a promise goes on from its party's heading instead of repeating it")
                .containsExactly(
                        "starta minst 8 nya grannsamverkansområden.",
                        "Bostadsbolaget lovar att stödja fyra lokala föreningar.");
        assertThat(page.select(".promises li").first().text())
                .contains("3 av 8 områden (37 %)")
                .contains("klart senast 2027-10-31");
        assertThat(page.select("progress").first().attr("value")).isEqualTo("37");
        assertThat(page.select("section[aria-labelledby=aterkoppling]").text())
                .contains("Efter uppföljning 1, ")
                .contains("Tre områden har startat; bostadsbolagets stöd kom inte i gång.")
                .contains("Slutlig återkoppling, ")
                .contains("bostadsbolagets stöd blev inte av");
        assertThat(page.select("a[href]").eachAttr("href"))
                .contains(
                        "/dokument/medborgarloften/" + concluded + ".html",
                        "/dokument/medborgarloften/" + concluded + ".pdf");
        assertThat(rest.getForEntity("/dokument/medborgarloften/" + concluded + ".pdf", byte[].class)
                        .getHeaders()
                        .getContentType()
                        .toString())
                .isEqualTo("application/pdf");
    }

    @Test
    void theOpenDataHoldThePublishedPledgesAsJsonCsvAndAtom() {
        JsonNode json = EngineRestClient.read(rest.getForEntity("/oppna-data/medborgarloften.json", String.class)
                .getBody());
        List<String> numbers = new ArrayList<>();
        json.forEach(pledge ->
                numbers.add(pledge.path("summary").path("registrationNumber").asText()));
        assertThat(numbers).contains(running, concluded).doesNotContain(unpublished);
        JsonNode first =
                json.get(numbers.indexOf(concluded)).path("commitments").get(0);
        assertThat(first.path("done").asLong()).isEqualTo(3);
        assertThat(first.path("percent").asInt()).isEqualTo(37);

        ResponseEntity<String> csv = rest.getForEntity("/oppna-data/medborgarloften.csv", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody().lines().findFirst().orElseThrow()).startsWith("\uFEFFLöftesnummer;Löfte;Område");
        assertThat(csv.getBody())
                .contains(concluded + ";Trygga Avslutet;Avslutsgatan;")
                .doesNotContain(unpublished);

        ResponseEntity<String> atom = rest.getForEntity("/oppna-data/aterkoppling.atom", String.class);
        assertThat(atom.getHeaders().getContentType().toString()).startsWith("application/atom+xml");
        Document feed = Jsoup.parse(atom.getBody(), Parser.xmlParser());
        assertThat(feed.select("feed > entry > title").eachText())
                .anyMatch(title -> title.startsWith("Trygga Avslutet: slutlig återkoppling, "))
                .anyMatch(title -> title.startsWith("Trygga Offentligheten: efter uppföljning 1, "));
        assertThat(feed.select("feed > entry > link").eachAttr("href"))
                .anyMatch(href -> href.endsWith("/medborgarloften/" + concluded));

        JsonNode openApi = EngineRestClient.read(rest.withBasicAuth("samordnare", EngineRestClient.DEMO_PASSWORD)
                .getForEntity("/v3/api-docs", String.class)
                .getBody());
        assertThat(openApi.path("paths").has("/oppna-data/medborgarloften.json"))
                .isTrue();
        assertThat(openApi.path("paths").has("/oppna-data/aterkoppling.atom")).isTrue();
        assertThat(WebappPages.html(pages.get(null, "/medborgarloften"), 200)
                        .select("footer a[href]")
                        .eachAttr("href"))
                .contains(
                        "/oppna-data/medborgarloften.json",
                        "/oppna-data/medborgarloften.csv",
                        "/oppna-data/aterkoppling.atom");
    }

    @Test
    void anUnpublishedOrUnknownPledgeIsNotFound() {
        for (String path : List.of(
                "/medborgarloften/" + unpublished,
                "/medborgarloften/ML-1999-0001",
                "/dokument/medborgarloften/" + unpublished + ".html",
                "/dokument/medborgarloften/" + unpublished + ".pdf")) {
            ResponseEntity<String> answer = pages.get(null, path);
            assertThat(answer.getStatusCode().value()).as(path).isEqualTo(404);
            assertThat(answer.getBody()).as(path).doesNotContain("Hemliga Utkastet");
        }
        assertThat(WebappPages.html(pages.get(null, "/medborgarloften/" + unpublished), 404)
                        .selectFirst("h1")
                        .text())
                .isEqualTo("Sidan finns inte");
    }

    @Test
    void publicPagesAreCachedForAMinuteAndRevalidatedWithTheirETag() {
        ResponseEntity<String> first = pages.get(null, "/medborgarloften/" + running);
        assertThat(first.getHeaders().getCacheControl()).isEqualTo("public, max-age=60");
        String etag = first.getHeaders().getETag();
        assertThat(etag).isNotBlank();

        HttpHeaders again = pages.headers(null);
        again.setIfNoneMatch(etag);
        ResponseEntity<String> second =
                rest.exchange("/medborgarloften/" + running, HttpMethod.GET, new HttpEntity<>(again), String.class);
        assertThat(second.getStatusCode().value()).isEqualTo(304);
        assertThat(rest.getForEntity("/dokument/medborgarloften/" + running + ".html", String.class)
                        .getHeaders()
                        .getETag())
                .isNotBlank();
    }

    @Test
    void nothingConfidentialReachesAnyPublicPageOrDocument() {
        List<String> answers = new ArrayList<>();
        answers.add(pages.get(null, "/medborgarloften").getBody());
        answers.add(pages.get(null, "/medborgarloften/tillganglighet").getBody());
        answers.add(rest.getForEntity("/oppna-data/medborgarloften.json", String.class)
                .getBody());
        answers.add(rest.getForEntity("/oppna-data/medborgarloften.csv", String.class)
                .getBody());
        answers.add(
                rest.getForEntity("/oppna-data/aterkoppling.atom", String.class).getBody());
        for (String pledge : List.of(running, concluded)) {
            answers.add(pages.get(null, "/medborgarloften/" + pledge).getBody());
            answers.add(pages.get(null, "/dokument/medborgarloften/" + pledge + ".html")
                    .getBody());
        }
        List<String> confidential = new ArrayList<>();
        for (String pledge : List.of(running, concluded, unpublished)) {
            confidential.addAll(confidentialValues(pledge));
        }
        confidential.addAll(List.of(
                unpublished, "Hemliga Utkastet", "Utkastvägen", "Utkastets offentliga bilaga", "utkastets-bilaga.pdf"));
        confidential.addAll(officersNames());
        // a value stored in a public field too (a problem's place that is also a picture's place) is public
        List<String> published = new ArrayList<>();
        for (String pledge : List.of(running, concluded)) {
            published.addAll(values(PUBLISHED, pledge));
        }
        confidential.removeIf(value -> published.stream().anyMatch(shown -> shown.contains(value)));

        assertThat(confidential)
                .as("the journeys stored confidential values to look for")
                .hasSizeGreaterThan(20);
        for (String answer : answers) {
            assertThat(confidential).noneMatch(value -> containsWord(answer, value));
        }
    }

    private void attach(String pledge, String user, String description, String fileName, String confidentiality) {
        ResponseEntity<String> created = AttachmentUploads.upload(
                rest,
                user,
                pledge,
                AttachmentUploads.form(fileName, TestFiles.pdf(description), "pledge", description, confidentiality));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    }

    /** Every user's name, but the signatories' (the pledge document names them). */
    private List<String> officersNames() {
        List<String> signatories = jdbc.sql("SELECT signatories FROM pledge WHERE signatories IS NOT NULL")
                .query(String.class)
                .list();
        return identity.createUserQuery().list().stream()
                .map(user -> user.getFirstName() + " " + user.getLastName())
                .filter(name -> signatories.stream().noneMatch(signed -> signed.contains(name)))
                .toList();
    }

    /** The value as a whole (a user id "kommun" is not found in "kommunen"). */
    private static boolean containsWord(String text, String value) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])")
                .matcher(text)
                .find();
    }

    private List<String> confidentialValues(String registrationNumber) {
        return values(CONFIDENTIAL, registrationNumber);
    }

    /** Every stored value of these fields of the pledge, long enough to be told apart from ordinary words. */
    private List<String> values(List<String> queries, String registrationNumber) {
        long id = jdbc.sql("SELECT id FROM pledge WHERE registration_number = ?")
                .param(registrationNumber)
                .query(Long.class)
                .single();
        List<String> values = new ArrayList<>();
        for (String query : queries) {
            jdbc.sql(query).param(id).query(rs -> {
                for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    String value = rs.getString(column);
                    if (value != null && value.strip().length() >= 6) {
                        values.add(value.strip());
                    }
                }
            });
        }
        return values;
    }
}
