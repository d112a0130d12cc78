package se.medborgarlofte.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.casefile.Commitment;
import se.medborgarlofte.casefile.CommitmentChange;
import se.medborgarlofte.casefile.CommitmentChange.Kind;

class RevisionDraftTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Commitment PATROLS = new Commitment(
            11L,
            "polisen",
            "Polisen lovar att vara synlig på torget varje helg.",
            "polisnarvaro",
            40L,
            "pass",
            LocalDate.parse("2027-09-30"),
            "Antal pass",
            null);
    private static final Commitment LIGHTING = new Commitment(
            12L,
            "kommunen",
            "Kommunen lovar att förbättra belysningen.",
            "fysisk-miljo",
            12L,
            "lampor",
            LocalDate.parse("2027-06-30"),
            "Antal nya lampor",
            null);
    private static final List<Commitment> RUNNING = List.of(PATROLS, LIGHTING);

    @Test
    void offersEveryRunningCommitmentAsAKeptRowAndKeepsEarlierAnswers() {
        ArrayNode first = RevisionDraft.rows(RUNNING, null);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).path("id").asLong()).isEqualTo(11L);
        assertThat(first.get(0).path("revisionAction").asText()).isEqualTo("keep");

        ((ObjectNode) first.get(1)).put("revisionAction", "change").put("targetQuantity", 20);
        ArrayNode again = RevisionDraft.rows(List.of(LIGHTING), first);

        assertThat(again)
                .singleElement()
                .satisfies(row -> assertThat(row.path("targetQuantity").asInt()).isEqualTo(20));
    }

    @Test
    void aChangedRowKeepsItsPartyAndKindAndAWithdrawalItsReason() {
        ArrayNode rows = RevisionDraft.rows(RUNNING, null);
        ((ObjectNode) rows.get(0))
                .put("revisionAction", "withdraw")
                .put("withdrawalReason", "Polisen har flyttat passen till resecentrum.");
        ((ObjectNode) rows.get(1))
                .put("revisionAction", "change")
                .put("promise", "Kommunen lovar att byta all belysning.")
                .put("party", "polisen");

        List<CommitmentChange> changes = RevisionDraft.changes(rows, JSON.createArrayNode(), RUNNING);

        assertThat(changes).extracting(CommitmentChange::kind).containsExactly(Kind.WITHDRAW, Kind.CHANGE);
        assertThat(changes.get(0).reason()).isEqualTo("Polisen har flyttat passen till resecentrum.");
        assertThat(changes.get(1).commitment().party()).isEqualTo("kommunen");
        assertThat(changes.get(1).commitment().measureType()).isEqualTo("fysisk-miljo");
        assertThat(RevisionDraft.needsSigning(changes)).isTrue();
        assertThat(RevisionDraft.needsSigning(changes.subList(0, 1))).isFalse();
    }

    @Test
    void refusesARowOfACommitmentThatIsNotRunningHere() {
        ArrayNode rows = RevisionDraft.rows(RUNNING, null);
        ((ObjectNode) rows.get(1))
                .put("id", 99L)
                .put("revisionAction", "withdraw")
                .put("withdrawalReason", "Förfalskad.");

        assertThatThrownBy(() -> RevisionDraft.changes(rows, JSON.createArrayNode(), RUNNING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rad 2 under Pågående åtaganden gäller inget pågående åtagande i det här medborgarlöftet."
                        + " Öppna uppgiften på nytt.");
    }

    @Test
    void refusesTheSameCommitmentTwice() {
        ArrayNode rows = RevisionDraft.rows(RUNNING, null);
        ((ObjectNode) rows.get(1)).put("id", 11L);

        assertThatThrownBy(() -> RevisionDraft.changes(rows, JSON.createArrayNode(), RUNNING))
                .hasMessageContaining("Rad 2 under Pågående åtaganden");
    }

    @Test
    void refusesAmbiguousAndEmptyAnswers() {
        ArrayNode keptWithEdits = RevisionDraft.rows(RUNNING, null);
        ((ObjectNode) keptWithEdits.get(0)).put("targetQuantity", 50);
        assertThatThrownBy(() -> RevisionDraft.changes(keptWithEdits, JSON.createArrayNode(), RUNNING))
                .hasMessage("Åtagande 1 har ändrade uppgifter men är markerat Behåll. Välj Ändra för att ändra det.");

        ArrayNode changedNothing = RevisionDraft.rows(RUNNING, null);
        ((ObjectNode) changedNothing.get(1)).put("revisionAction", "change");
        assertThatThrownBy(() -> RevisionDraft.changes(changedNothing, JSON.createArrayNode(), RUNNING))
                .hasMessageStartingWith("Åtagande 2 är markerat Ändra men inget är ändrat.");

        ArrayNode withoutReason = RevisionDraft.rows(RUNNING, null);
        ((ObjectNode) withoutReason.get(0)).put("revisionAction", "withdraw");
        assertThatThrownBy(() -> RevisionDraft.changes(withoutReason, JSON.createArrayNode(), RUNNING))
                .hasMessage("Ange varför åtagande 1 återtas.");

        assertThatThrownBy(
                        () -> RevisionDraft.changes(RevisionDraft.rows(RUNNING, null), JSON.createArrayNode(), RUNNING))
                .hasMessage("Revideringen ändrar inget. Ändra, återta eller lägg till minst ett åtagande.");
    }

    @Test
    void anAddedCommitmentIsValidatedAndNeverTakesAnId() throws Exception {
        JsonNode added = JSON.readTree("""
                [{"id":11,"party":"naringsliv","promise":"Bostadsbolaget lovar att röja buskagen.","measureType":"fysisk-miljo","dueDate":"2027-10-31","indicator":"Antal röjningar"}]""");

        List<CommitmentChange> changes = RevisionDraft.changes(RevisionDraft.rows(RUNNING, null), added, RUNNING);

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.ADD);
            assertThat(change.commitmentId()).isNull();
            assertThat(change.commitment().id()).isNull();
        });
        JsonNode incomplete = JSON.readTree("""
                [{"party":"naringsliv","promise":"Bostadsbolaget lovar att röja.","dueDate":"2027-10-31"}]""");
        assertThatThrownBy(() -> RevisionDraft.changes(RevisionDraft.rows(RUNNING, null), incomplete, RUNNING))
                .hasMessage("Nytt åtagande 1: Åtagandet saknar typ av åtgärd.");
    }

    @Test
    void theSummaryShowsOnlyWhatChangesWithWhatItWas() {
        ArrayNode rows = RevisionDraft.rows(RUNNING, null);
        ((ObjectNode) rows.get(1)).put("revisionAction", "change").put("targetQuantity", 20);

        String summary = RevisionDraft.summary(RevisionDraft.changes(rows, JSON.createArrayNode(), RUNNING), RUNNING);

        assertThat(summary)
                .contains("Ändrade åtaganden (undertecknas):")
                .contains("• Kommunen lovar att förbättra belysningen.; mål 20 lampor; senast 2027-06-30")
                .contains("Tidigare: Kommunen lovar att förbättra belysningen.; mål 12 lampor")
                .doesNotContain("Polisen lovar")
                .endsWith("Oförändrade åtaganden som fortsätter som förut: 1.");
    }
}
