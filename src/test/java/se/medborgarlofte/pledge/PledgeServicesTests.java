package se.medborgarlofte.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
