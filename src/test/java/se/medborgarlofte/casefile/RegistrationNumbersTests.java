package se.medborgarlofte.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistrationNumbersTests {

    @Test
    void hasFourDigitsAndGrowsPastThem() {
        assertThat(RegistrationNumbers.format(2026, 7)).isEqualTo("ML-2026-0007");
        assertThat(RegistrationNumbers.format(2026, 10000)).isEqualTo("ML-2026-10000");
    }

    @Test
    void everyNumberOfTheYearStartsWithItsPrefix() {
        assertThat(RegistrationNumbers.format(2027, 1)).startsWith(RegistrationNumbers.prefix(2027));
        assertThat(RegistrationNumbers.format(2026, 1)).doesNotStartWith(RegistrationNumbers.prefix(2027));
    }
}
