package se.medborgarlofte.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FollowUpCadenceTests {

    private static final FollowUpCadence FIXED_DAYS =
            new FollowUpCadence(List.of("--02-15", "--06-15", "--10-15"), null);

    /** Unless a fixed day is the period's last day (see below). */
    @ParameterizedTest
    @ValueSource(strings = {"2027-01-01", "2027-02-15", "2027-03-01", "2027-06-01", "2027-10-15", "2027-12-01"})
    void aOneYearPeriodHasExactlyThreeFollowUpsWhereverItStarts(String firstDay) {
        LocalDate start = LocalDate.parse(firstDay);
        PledgePeriod period = new PledgePeriod(start, start.plusYears(1).minusDays(1));

        assertThat(FIXED_DAYS.followUpDays(period, start.minusDays(1)))
                .hasSize(3)
                .allSatisfy(day ->
                        assertThat(day).isAfterOrEqualTo(period.firstDay()).isBefore(period.lastDay()));
    }

    @Test
    void followsUpOnTheFixedDaysInOrderAcrossYears() {
        PledgePeriod period = PledgePeriod.parse("2026-12-01", "2028-05-31");

        assertThat(FIXED_DAYS.followUpDays(period, LocalDate.parse("2026-11-20")))
                .extracting(LocalDate::toString)
                .containsExactly("2027-02-15", "2027-06-15", "2027-10-15", "2028-02-15");
    }

    @Test
    void skipsDaysBeforeImplementationStartsAndBeforeThePeriod() {
        PledgePeriod period = PledgePeriod.parse("2027-03-01", "2028-02-29");

        assertThat(FIXED_DAYS.followUpDays(period, LocalDate.parse("2027-06-15")))
                .extracting(LocalDate::toString)
                .containsExactly("2027-10-15", "2028-02-15");
    }

    @Test
    void leavesADayOnThePeriodsLastDayToTheFinalFollowUp() {
        PledgePeriod period = PledgePeriod.parse("2026-10-16", "2027-10-15");

        assertThat(FIXED_DAYS.followUpDays(period, LocalDate.parse("2026-10-01")))
                .extracting(LocalDate::toString)
                .containsExactly("2027-02-15", "2027-06-15");
    }

    @Test
    void aPeriodCountsFromTheFirstDayOfThePledge() {
        FollowUpCadence everyThreeMonths = new FollowUpCadence(List.of("--02-15"), Period.ofMonths(3));
        PledgePeriod period = PledgePeriod.parse("2027-01-01", "2027-12-31");

        assertThat(everyThreeMonths.followUpDays(period, LocalDate.parse("2027-02-01")))
                .extracting(LocalDate::toString)
                .containsExactly("2027-04-01", "2027-07-01", "2027-10-01");
    }

    @Test
    void refusesAMissingOrMalformedCadenceWithAnExplanation() {
        assertThatThrownBy(() -> new FollowUpCadence(List.of(), null))
                .hasMessageContaining("medborgarlofte.pledge.follow-ups");
        assertThatThrownBy(() -> new FollowUpCadence(List.of("15 februari"), null))
                .hasMessageContaining("--MM-DD");
        assertThatThrownBy(() -> new FollowUpCadence(List.of(), Period.ZERO)).hasMessageContaining("positiv");
    }
}
