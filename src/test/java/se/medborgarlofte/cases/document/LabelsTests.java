package se.medborgarlofte.cases.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Under "Polisen lovar att …" a promise goes on from the heading instead of repeating it. */
class LabelsTests {

    @Test
    void aPromiseThatRepeatsItsHeadingGoesOnFromIt() {
        assertThat(Labels.promiseUnderHeading("polisen", "Polisen lovar att vara synlig på torget."))
                .isEqualTo("vara synlig på torget.");
        assertThat(Labels.promiseUnderHeading("forening", "föreningarna lovar att  ordna vandringar."))
                .isEqualTo("ordna vandringar.");
    }

    @Test
    void anyOtherPromiseIsPrintedWhole() {
        assertThat(Labels.promiseUnderHeading("naringsliv", "Bostadsbolaget lovar att stödja föreningarna."))
                .isEqualTo("Bostadsbolaget lovar att stödja föreningarna.");
        assertThat(Labels.promiseUnderHeading("kommunen", "Tända fler lampor vid gångtunneln."))
                .isEqualTo("Tända fler lampor vid gångtunneln.");
        assertThat(Labels.promiseUnderHeading("polisen", "Polisen")).isEqualTo("Polisen");
        assertThat(Labels.promiseUnderHeading("polisen", null)).isNull();
    }
}
