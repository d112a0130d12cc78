package se.medborgarlofte.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

class PledgePeriodTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void endsAtTheStartOfTheDayAfterItsLastDay() {
        PledgePeriod period = PledgePeriod.parse("2026-01-01", "2027-12-31");

        assertThat(period.endsAt(STOCKHOLM))
                .isEqualTo(Date.from(
                        ZonedDateTime.of(2028, 1, 1, 0, 0, 0, 0, STOCKHOLM).toInstant()));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> PledgePeriod.parse("2026-06-01", "2026-05-31"))
                .hasMessage("Periodens sista dag (2026-05-31) ligger före dess första dag (2026-06-01).");
    }

    @Test
    void explainsAMissingOrMalformedDayInSwedish() {
        assertThatThrownBy(() -> PledgePeriod.parse(null, "2026-05-31")).hasMessage("Periodens första dag saknas.");
        assertThatThrownBy(() -> PledgePeriod.parse("2026-01-01", "31/5 2026"))
                .hasMessage("Periodens sista dag måste vara ett datum på formen ÅÅÅÅ-MM-DD, inte '31/5 2026'.");
    }

    @Test
    void theFollowingPeriodHasTheSameLengthAndStartsTheDayAfter() {
        PledgePeriod following = PledgePeriod.parse("2026-01-01", "2027-12-31").following();

        assertThat(following).isEqualTo(new PledgePeriod(LocalDate.parse("2028-01-01"), LocalDate.parse("2029-12-31")));
    }
}
