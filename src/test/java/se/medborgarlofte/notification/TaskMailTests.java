package se.medborgarlofte.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskMailTests {

    @Test
    void tellsWhatWhereByWhenAndLinksToTheTask() {
        TaskMail mail = TaskMail.newTask(
                List.of("polis@example.se"),
                "Planera åtgärden",
                "Trygg park",
                "ML-2026-0007",
                LocalDate.parse("2027-03-31"),
                "https://tasklist.example/#/?task=42");

        assertThat(mail.subject()).isEqualTo("Ny uppgift: Planera åtgärden – Trygg park (ML-2026-0007)");
        assertThat(mail.body())
                .contains("Planera åtgärden", "Klar senast: 2027-03-31", "https://tasklist.example/#/?task=42");
    }

    @Test
    void aTaskWithoutDueDateOrTitleStillNamesThePledge() {
        TaskMail mail = TaskMail.newTask(List.of(), "Granska", null, "ML-2026-0008", null, "link");

        assertThat(mail.subject()).endsWith("ML-2026-0008");
        assertThat(mail.body()).doesNotContain("Klar senast");
    }

    @Test
    void aTaskOutsideAnyPledgeNamesItsCase() {
        TaskMail mail = TaskMail.newTask(
                List.of("samordnare@example.se"),
                "Protokollför rådets möte",
                null,
                "TR-2027-02",
                LocalDate.parse("2027-03-03"),
                "link");

        assertThat(mail.subject()).isEqualTo("Ny uppgift: Protokollför rådets möte – TR-2027-02");
        assertThat(mail.body()).contains("i ärendet TR-2027-02").doesNotContain("medborgarlöftet");
    }
}
