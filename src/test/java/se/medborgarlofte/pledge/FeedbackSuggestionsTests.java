package se.medborgarlofte.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.casefile.SteeringDecision;

class FeedbackSuggestionsTests {

    @Test
    void everyDecisionHasItsOwnSuggestionsThatTheFeedbackFormAccepts() {
        Set<String> decisions = new HashSet<>();
        Set<String> changes = new HashSet<>();
        for (String decision : SteeringDecision.ids()) {
            decisions.add(FeedbackSuggestions.decision(decision));
            changes.add(FeedbackSuggestions.changes(decision));
            // the form asks for 10 to 2,000 (decision) and 10 to 4,000 (changes) characters
            assertThat(FeedbackSuggestions.decision(decision)).hasSizeBetween(10, 2000);
            assertThat(FeedbackSuggestions.changes(decision)).hasSizeBetween(10, 4000);
            assertThat(FeedbackSuggestions.finalDecision(decision)).isNotBlank();
        }
        assertThat(decisions).hasSize(3);
        assertThat(changes).hasSize(3);
    }

    @Test
    void theDecisionReadsAsTheSteeringGroupDecided() {
        assertThat(FeedbackSuggestions.decision("continue")).contains("fortsätter enligt plan");
        assertThat(FeedbackSuggestions.decision("revise")).contains("åtagandena ska ändras");
        assertThat(FeedbackSuggestions.decision("close")).contains("avsluta medborgarlöftet");
        assertThat(FeedbackSuggestions.label("revise")).isEqualTo("Revidera åtagandena");
    }

    @Test
    void anUnknownDecisionIsAProgrammingError() {
        assertThatThrownBy(() -> FeedbackSuggestions.decision("postpone")).isInstanceOf(IllegalArgumentException.class);
    }
}
