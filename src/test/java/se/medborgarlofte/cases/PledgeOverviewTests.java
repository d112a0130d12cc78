package se.medborgarlofte.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PledgeOverviewTests {

    private static final LocalDate SIGNED = LocalDate.of(2026, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 31);

    @Test
    void theTimeElapsedIsTheShareOfDaysFromStartToDue() {
        assertThat(PledgeOverview.elapsedPercent(SIGNED, DUE, SIGNED)).isZero();
        assertThat(PledgeOverview.elapsedPercent(SIGNED, DUE, LocalDate.of(2026, 7, 2)))
                .isEqualTo(50);
        assertThat(PledgeOverview.elapsedPercent(SIGNED, DUE, DUE)).isEqualTo(100);
    }

    @Test
    void theTimeElapsedStaysWithinNoneAndAll() {
        assertThat(PledgeOverview.elapsedPercent(SIGNED, DUE, SIGNED.minusDays(30)))
                .isZero();
        assertThat(PledgeOverview.elapsedPercent(SIGNED, DUE, DUE.plusDays(30))).isEqualTo(100);
        assertThat(PledgeOverview.elapsedPercent(DUE, SIGNED, SIGNED))
                .as("due before start")
                .isEqualTo(100);
    }
}
