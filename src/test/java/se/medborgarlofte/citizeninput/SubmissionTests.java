package se.medborgarlofte.citizeninput;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

class SubmissionTests {

    @Test
    void acceptsATextAloneAndTrimsIt() {
        Submission submission = new Submission("  Mörkt vid busshållplatsen.  ", " ", "");

        assertThat(submission.problems()).isEmpty();
        assertThat(submission.what()).isEqualTo("Mörkt vid busshållplatsen.");
        assertThat(submission.where()).isNull();
        assertThat(submission.email()).isNull();
    }

    @Test
    void requiresATextInSwedish() {
        assertThat(new Submission(null, "Torget", null).problems())
                .containsOnlyKeys("what")
                .containsEntry("what", "Skriv vad du vill berätta.");
        assertThat(new Submission(" \n\t ", null, null).problems()).containsOnlyKeys("what");
    }

    @Test
    void countsCharactersNotBytesAgainstTheLimits() {
        assertThat(new Submission("å".repeat(2000), "ö".repeat(200), null).problems())
                .isEmpty();
        assertThat(new Submission("😀".repeat(2000), null, null).problems()).isEmpty();
        assertThat(new Submission("å".repeat(2001), "ö".repeat(201), null).problems())
                .containsEntry("what", "Texten får vara högst 2000 tecken.")
                .containsEntry("where", "Platsen får vara högst 200 tecken.");
    }

    @Test
    void acceptsOnlyAPlainEmailAddress() {
        assertThat(new Submission("Hej", null, "anna.svensson@enkoping.se").problems())
                .isEmpty();
        for (String wrong : new String[] {
            "anna",
            "anna@",
            "@enkoping.se",
            "anna@enkoping",
            "anna svensson@enkoping.se",
            "a@b.se>",
            "a@b@c.se",
            "<script>@x.se",
            "a".repeat(250) + "@b.se"
        }) {
            assertThat(new Submission("Hej", null, wrong).problems()).as(wrong).containsOnlyKeys("email");
        }
    }

    @Test
    void removesControlCharactersButKeepsLineBreaks() {
        Submission submission = new Submission("Rad ett\r\nRad två\u0000\u0007", null, null);

        assertThat(submission.what()).isEqualTo("Rad ett\nRad två");
    }

    @Test
    void hashesTheAddressWithTheSaltSoThatNeitherCanBeReadFromIt() {
        String hash = CitizenInputs.hash("salt-1", "192.0.2.1");

        assertThat(hash).hasSize(64).doesNotContain("192").isEqualTo(CitizenInputs.hash("salt-1", "192.0.2.1"));
        assertThat(CitizenInputs.hash("salt-2", "192.0.2.1")).isNotEqualTo(hash);
    }

    @Test
    void tellsTheRetentionInSwedishWords() {
        assertThat(new CitizenInputProperties(Period.ofMonths(6), 5, null).retentionInWords())
                .isEqualTo("6 månader");
        assertThat(new CitizenInputProperties(Period.of(1, 1, 0), 5, null).retentionInWords())
                .isEqualTo("1 år och 1 månad");
    }
}
