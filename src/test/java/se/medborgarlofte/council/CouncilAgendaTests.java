package se.medborgarlofte.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CouncilAgendaTests {

    @Test
    void listsEverySectionInOrderAndSaysWhenOneIsEmpty() {
        String text = CouncilAgenda.text(
                "Tryggare Enköping",
                "2027-03",
                List.of(
                        new AgendaItem("decision-due", "ML-2027-0002", "Beslut om förnyelse."),
                        new AgendaItem("new-need", "ML-2027-0003", "Trygg station.")),
                7);

        assertThat(text).isEqualTo("""
                Dagordning för Tryggare Enköping, 2027-03

                1. Nya behov
                   ML-2027-0003: Trygg station.

                2. Försenade åtgärder
                   Inget att ta upp.

                3. Kommande uppföljningar
                   Inget att ta upp.

                4. Beslut som ska fattas
                   ML-2027-0002: Beslut om förnyelse.

                5. Synpunkter från medborgare
                   Inget att ta upp.
                """);
    }

    @Test
    void aLongAgendaFitsInAProcessVariableAndSaysWhereTheRestIs() {
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            items.add(new AgendaItem(
                    "overdue-measure",
                    "ML-2027-%04d".formatted(i),
                    "Polisen lovar att vara synlig på torget varje helg."));
        }

        String text = CouncilAgenda.text("Tryggare Enköping", "2027-03", items, 7);

        assertThat(text.length()).isLessThanOrEqualTo(CouncilAgenda.MAX_TEXT);
        assertThat(text)
                .contains("4. Beslut som ska fattas", "punkter till. Hela dagordningen: /api/council-meetings/7");
    }

    @Test
    void anAgendaFullInAnySectionStillFitsWithEveryHeadingAfterIt() {
        for (String section : CouncilAgenda.SECTIONS.keySet()) {
            List<AgendaItem> items = new ArrayList<>();
            for (int i = 1; i <= 200; i++) {
                items.add(new AgendaItem(
                        section,
                        "ML-2027-%04d".formatted(i),
                        "Samtidig start %d, Område %d: behovet identifieras (lägesbilder, medborgardialog)."
                                .formatted(i, i)));
            }

            String text = CouncilAgenda.text("Tryggare Enköping", "2027-03", items, 12345);

            assertThat(text.length()).as(section).isLessThanOrEqualTo(CouncilAgenda.MAX_TEXT);
            assertThat(text)
                    .as(section)
                    .contains(CouncilAgenda.SECTIONS.values())
                    .contains("punkter till.");
        }
    }
}
