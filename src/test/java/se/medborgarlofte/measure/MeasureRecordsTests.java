package se.medborgarlofte.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.casefile.Commitment;
import se.medborgarlofte.casefile.Occurrence;

class MeasureRecordsTests {

    @Test
    void readsACommitmentRowOfTheDraftForm() {
        Commitment commitment = Commitment.fromJson("""
                {"party":"polisen","promise":"Polisen lovar 8 grannsamverkansområden","measureType":"grannsamverkan",
                 "targetQuantity":8,"targetUnit":"områden","dueDate":"2027-06-30","indicator":"Antal områden"}""");

        assertThat(commitment.targetQuantity()).isEqualTo(8L);
        assertThat(commitment.dueDate()).isEqualTo(LocalDate.parse("2027-06-30"));
        assertThat(MeasureProcess.variablesOf(commitment))
                .containsEntry("dueDate", "2027-06-30")
                .containsEntry("party", "polisen");
    }

    @Test
    void aCommitmentWithoutTargetIsValid() {
        Commitment commitment = Commitment.fromJson("""
                {"party":"kommunen","promise":"Fritidsgården öppen","measureType":"ovrigt","dueDate":"2027-06-30T00:00:00.000Z"}""");

        assertThat(commitment.targetQuantity()).isNull();
        assertThat(commitment.dueDate()).isEqualTo(LocalDate.parse("2027-06-30"));
    }

    @Test
    void refusesIncompleteCommitmentsInSwedish() {
        assertThatThrownBy(() ->
                        Commitment.fromJson("{\"party\":\"polisen\",\"promise\":\"x\",\"measureType\":\"ovrigt\"}"))
                .hasMessage("Åtagandet saknar slutdatum.");
        assertThatThrownBy(() -> Commitment.fromJson(
                        "{\"promise\":\"x\",\"measureType\":\"ovrigt\",\"dueDate\":\"2027-01-01\"}"))
                .hasMessage("Åtagandet saknar part.");
        assertThatThrownBy(
                        () -> Commitment.fromJson(
                                "{\"party\":\"p\",\"promise\":\"x\",\"measureType\":\"o\",\"dueDate\":\"2027-01-01\",\"targetQuantity\":-1}"))
                .hasMessage("Åtagandets mål kan inte vara negativt.");
        assertThatThrownBy(() -> Commitment.fromJson("not json"))
                .hasMessageStartingWith("Åtagandet är inte giltig JSON");
    }

    @Test
    void occurrenceLogSumsWhatWasReportedAgainstTheTarget() {
        OccurrenceLog log = OccurrenceLog.empty()
                .append(new Occurrence(LocalDate.parse("2027-01-15"), 6, 4.0, 2, "Lugnt"))
                .append(new Occurrence(LocalDate.parse("2027-01-22"), 8, null, 1, "Två anmälningar"));

        assertThat(log.count()).isEqualTo(2);
        assertThat(log.reportedQuantity()).isEqualTo(3);
        assertThat(OccurrenceLog.of(log.json())).isEqualTo(log);
    }

    @Test
    void refusesNegativeOrUndatedOccurrences() {
        assertThatThrownBy(() -> new Occurrence(LocalDate.parse("2027-01-15"), -1, null, 0, "x"))
                .hasMessageContaining("kan inte vara negativa");
        assertThatThrownBy(() -> new Occurrence(null, 1, null, 0, "x")).hasMessage("Tillfällets datum saknas.");
        assertThatThrownBy(() -> new Occurrence(LocalDate.parse("2027-01-15"), 1, null, 0, " "))
                .hasMessage("Tillfällets iakttagelser saknas.");
    }
}
