package se.medborgarlofte.demo;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.medborgarlofte.citizeninput.CitizenInputs;
import se.medborgarlofte.pledge.PledgeProcess;

/**
 * Creates the two demo pledges once, on an empty database: a town-square pledge in implementation, followed up once
 * and revised (its lighting commitment changed and signed again while the other measures run on), and a housing-area
 * pledge waiting for its signatures.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "medborgarlofte.demo.pledges", havingValue = "true")
@RequiredArgsConstructor
class DemoPledges implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPledges.class);

    private final HistoryService history;
    private final DemoTaskDriver driver;
    private final CitizenInputs citizenInput;

    @Override
    public void run(ApplicationArguments args) {
        if (history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(PledgeProcess.KEY)
                        .count()
                > 0) {
            return;
        }
        LocalDate today = LocalDate.now();
        String townSquare = driver.startPledge(DemoScenarios.townSquareStart(today));
        driver.identifyNeed(townSquare, DemoScenarios.townSquareSituation());
        driver.draft(townSquare, DemoScenarios.townSquareDraft(today));
        driver.signAndCommunicate(townSquare, today);
        driver.planAndReportFirstMeasure(townSquare, today);
        citizenInput.receive(townSquare, DemoScenarios.townSquareInput(), null, "demo");
        driver.followUpAndRevise(townSquare, "Kommunen lovar", DemoScenarios.lightingRevised(today));

        String housingArea = driver.startPledge(DemoScenarios.housingAreaStart(today));
        driver.identifyNeed(housingArea, DemoScenarios.housingAreaSituation());
        driver.draft(housingArea, DemoScenarios.housingAreaDraft(today));
        LOG.info("Demo pledges created: {} (in implementation), {} (waiting for signatures)", townSquare, housingArea);
    }
}
