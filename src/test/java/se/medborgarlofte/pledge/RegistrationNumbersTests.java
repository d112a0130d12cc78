package se.medborgarlofte.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationNumbersTests {

    @Test
    void startsEachYearAtOne() {
        assertThat(RegistrationNumbers.next(2027, List.of("ML-2026-0007"))).isEqualTo("ML-2027-0001");
    }

    @Test
    void continuesAfterTheHighestNumberOfTheYear() {
        assertThat(RegistrationNumbers.next(2026, List.of("ML-2026-0002", "ML-2026-0010", "ML-2026-0003"))).isEqualTo("ML-2026-0011");
    }

    @Test
    void ignoresBusinessKeysInOtherFormats() {
        assertThat(RegistrationNumbers.next(2026, java.util.Arrays.asList("demo", null, "ML-2026-x"))).isEqualTo("ML-2026-0001");
    }

    @Test
    void growsPastFourDigits() {
        assertThat(RegistrationNumbers.next(2026, List.of("ML-2026-9999"))).isEqualTo("ML-2026-10000");
    }
}
