package se.medborgarlofte.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.casefile.CommitmentProgress;

class PledgeServicesTests {

    @Test
    void assessmentTemplateHasOneEmptyRowPerCommitment() {
        String template = CommitmentAssessments.template("""
                [{"party":"polisen","promise":"Polisen lovar <b>närvaro</b>","dueDate":"2027-01-01"},{"party":"kommunen","promise":"Belysning"}]""");

        assertThat(template)
                .isEqualTo("[{\"promise\":\"Polisen lovar <b>närvaro</b>\",\"party\":\"polisen\",\"assessment\":null},"
                        + "{\"promise\":\"Belysning\",\"party\":\"kommunen\",\"assessment\":null}]");
    }

    @Test
    void assessmentRowsShowWhatWasPlannedAndWhatTheReportsSayWasDone() {
        List<CommitmentProgress> progress = List.of(
                new CommitmentProgress(
                        11, 1, "polisen", "Polisen lovar närvaro", 8L, "områden", LocalDate.parse("2027-10-31"), 3, 2),
                new CommitmentProgress(
                        12, 2, "kommunen", "Belysning", null, null, LocalDate.parse("2027-06-30"), 0, 1));

        String template = CommitmentAssessments.template("""
                [{"party":"polisen","promise":"Polisen lovar närvaro"},{"party":"kommunen","promise":"Belysning"}]""", progress);

        assertThat(template)
                .isEqualTo("[{\"promise\":\"Polisen lovar närvaro\",\"party\":\"polisen\","
                        + "\"planned\":\"8 områden senast 2027-10-31\",\"done\":\"3 områden (37 %) vid 2 tillfällen\","
                        + "\"assessment\":null},"
                        + "{\"promise\":\"Belysning\",\"party\":\"kommunen\",\"planned\":\"Klart senast 2027-06-30\","
                        + "\"done\":\"0 vid 1 tillfälle\",\"assessment\":null}]");
        assertThat(CommitmentAssessments.progressRows(progress))
                .startsWith("[{\"promise\":\"Polisen lovar närvaro\",\"planned\":\"8 områden senast 2027-10-31\",");
    }

    @Test
    void aRowWhoseProgressBelongsToAnotherPromiseShowsNoFigures() {
        List<CommitmentProgress> progress = List.of(new CommitmentProgress(
                11, 1, "polisen", "Ett annat löfte", 8L, null, LocalDate.parse("2027-10-31"), 3, 2));

        assertThat(CommitmentAssessments.template("[{\"party\":\"polisen\",\"promise\":\"Närvaro\"}]", progress))
                .isEqualTo("[{\"promise\":\"Närvaro\",\"party\":\"polisen\",\"assessment\":null}]");
    }

    @Test
    void assessmentTemplateOfNoCommitmentsIsEmpty() {
        assertThat(CommitmentAssessments.template(null)).isEqualTo("[]");
        assertThatThrownBy(() -> CommitmentAssessments.template("{\"party\":\"polisen\"}"))
                .hasMessage("Åtagandena måste vara en lista.");
    }

    @Test
    void signaturesNameBothParties() {
        Signatures signatures = new Signatures(LocalDate.parse("2026-12-01"), " Eva Holm ", "Lars Ekström");

        assertThat(signatures.signatoriesLine()).isEqualTo("Eva Holm (Polisen), Lars Ekström (Kommunen)");
        assertThatThrownBy(() -> new Signatures(LocalDate.now(), "Eva Holm", " "))
                .hasMessage("Undertecknare för kommunen saknas.");
    }

    @Test
    void renewalCarriesOverThePlaceAndCommitmentsWithTheFollowingPeriod() {
        Map<String, Object> renewed = PledgeRenewal.startVariables(
                "ML-2026-0001",
                Map.of(
                        "pledgeTitle",
                        "Tryggare torg",
                        "area",
                        "Torget",
                        "periodStart",
                        "2026-01-01",
                        "periodEnd",
                        "2026-12-31",
                        "commitments",
                        "[]",
                        "steeringDecision",
                        "close",
                        "policeApproval",
                        "approve"));

        assertThat(renewed)
                .containsEntry("pledgeTitle", "Tryggare torg")
                .containsEntry("area", "Torget")
                .containsEntry("commitments", "[]")
                .containsEntry("periodStart", "2027-01-01")
                .containsEntry("periodEnd", "2027-12-31")
                .containsEntry("renewedFrom", "ML-2026-0001")
                .doesNotContainKeys("steeringDecision", "policeApproval");
    }
}
