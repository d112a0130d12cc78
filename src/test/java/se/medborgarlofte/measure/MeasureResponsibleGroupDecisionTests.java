package se.medborgarlofte.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureResponsibleGroupDecisionTests {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        InputStream table = MeasureResponsibleGroupDecisionTests.class
                .getClassLoader()
                .getResourceAsStream("bpmn/" + MeasureProcess.RESPONSIBLE_GROUP_DECISION + ".dmn");
        decision = dmn.parseDecision(MeasureProcess.RESPONSIBLE_GROUP_DECISION, table);
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        "polisen, polisnarvaro, polis",
        "polisen, information, polis",
        "kommunen, fysisk-miljo, kommun",
        "socialtjansten, information, kommun",
        "forening, vuxenvandring, forening",
        "naringsliv, foreningsstod, naringsliv",
        "gemensamt, grannsamverkan, polis",
        "gemensamt, polisnarvaro, polis",
        "gemensamt, vuxenvandring, forening",
        "gemensamt, foreningsstod, forening",
        "gemensamt, trygghetsvandring, kommun",
        "gemensamt, fysisk-miljo, kommun",
        "gemensamt, ovrigt, samordnare",
        "okand-part, ovrigt, samordnare",
    })
    void decidesTheGroupOfACommitmentWithoutOrganisationByPartyAndMeasureType(
            String party, String measureType, String group) {
        String result = dmn.evaluateDecisionTable(
                        decision,
                        Variables.createVariables()
                                .putValue("party", party)
                                .putValue("measureType", measureType)
                                .putValue("organisationGroup", null))
                .getSingleEntry();

        assertThat(result).isEqualTo(group);
    }

    @ParameterizedTest(name = "{0} + {1} by {2} -> {2}")
    @CsvSource({
        "forening, vuxenvandring, nattvandrarna",
        "forening, vuxenvandring, grannsamverkan",
        "naringsliv, foreningsstod, bostadsbolaget",
        "socialtjansten, information, socialtjansten",
        "polisen, polisnarvaro, polis",
    })
    void sendsACommitmentThatNamesItsOrganisationToThatOrganisationsGroupOnly(
            String party, String measureType, String organisationGroup) {
        String result = dmn.evaluateDecisionTable(
                        decision,
                        Variables.createVariables()
                                .putValue("party", party)
                                .putValue("measureType", measureType)
                                .putValue("organisationGroup", organisationGroup))
                .getSingleEntry();

        assertThat(result).isEqualTo(organisationGroup);
    }
}
