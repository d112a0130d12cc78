package se.medborgarlofte.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewQuorumTests {

    @ParameterizedTest
    @CsvSource({
        "majority,1,1",
        "majority,2,2",
        "majority,3,2",
        "majority,4,3",
        "majority,7,4",
        "all,1,1",
        "all,5,5",
        "2,5,2",
        "3,2,2",
        "' ALL ',3,3"
    })
    void requiresTheRightNumberOfAnswers(String rule, int members, int required) {
        assertThat(new SteeringProperties(rule).quorumOf(members)).isEqualTo(required);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "hälften", "1.5"})
    void refusesAnUnknownRuleWithAnExplanation(String rule) {
        assertThatThrownBy(() -> new SteeringProperties(rule)).hasMessageContaining("medborgarlofte.steering.quorum");
    }
}
