package se.medborgarlofte.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValuesTests {

    @Test
    void readsNumbersDatesAndListsWithSwedishMessages() {
        FormValues variables = new FormValues(Map.<String, Object>of("n", -2, "d", "31/12", "x", 2.5, "l", "{}")::get);

        assertThatThrownBy(() -> variables.whole("n", "Antal")).hasMessage("Antal kan inte vara negativt.");
        assertThatThrownBy(() -> variables.whole("x", "Antal")).hasMessage("Antal måste vara ett heltal.");
        assertThatThrownBy(() -> variables.date("d", "Datum"))
                .hasMessage("Datum måste vara ett datum (ÅÅÅÅ-MM-DD), inte '31/12'.");
        assertThatThrownBy(() -> variables.requiredText("saknas", "Rubrik")).hasMessage("Rubrik saknas.");
        assertThatThrownBy(() -> variables.list("l", "Listan")).hasMessage("Listan måste vara en lista.");
    }
}
