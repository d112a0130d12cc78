package se.medborgarlofte.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.medborgarlofte.attachment.Attachments;
import se.medborgarlofte.attachment.Confidentiality;
import se.medborgarlofte.citizeninput.CitizenInputs;
import se.medborgarlofte.identity.DemoUser;
import se.medborgarlofte.identity.OrganisationGroup;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.pledge.PledgeProcess;
import se.medborgarlofte.pledge.PledgeProcess.Choice;

/**
 * Creates the two demo pledges once, on an empty database: a town-square pledge in implementation, with an effect goal
 * and two follow-ups that brought values of it (after the first, its lighting and night-walk commitments were revised
 * and signed again, the night walkers signing their own, while the police's measure ran on; the second waits for the
 * steering group's review), and a housing-area
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
    private final Attachments attachments;
    private final IdentityService identity;
    private final Organisations organisations;

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
        driver.draft(townSquare, DemoScenarios.townSquareDraft(today, this::organisationOf));
        driver.signAndCommunicate(townSquare, today);
        driver.planAndReportFirstMeasure(townSquare, today);
        citizenInput.receive(townSquare, DemoScenarios.townSquareInput(), null, "demo");
        attachAsCoordinator(townSquare, today);
        List<DemoScenarios.FollowUp> followUps = DemoScenarios.townSquareFollowUps(today);
        driver.compileFollowUp(townSquare, followUps.get(0));
        driver.reviewFollowUp(townSquare, Choice.REVISE, "Belysningen behöver fler punkter än vi lovade.");
        driver.reviseCommitments(
                townSquare,
                Map.of(
                        "Kommunen lovar",
                        DemoScenarios.lightingRevised(today),
                        "Nattvandrarna lovar",
                        DemoScenarios.nightWalksRevised(today)));
        driver.publishFollowUpFeedback(
                townSquare, "Vuxenvandringar varje fredag och polisens närvaropass helgkvällar har kommit i gång.");
        driver.compileFollowUp(townSquare, followUps.get(1));

        String housingArea = driver.startPledge(DemoScenarios.housingAreaStart(today));
        driver.identifyNeed(housingArea, DemoScenarios.housingAreaSituation());
        driver.draft(housingArea, DemoScenarios.housingAreaDraft(today, this::organisationOf));
        LOG.info("Demo pledges created: {} (in implementation), {} (waiting for signatures)", townSquare, housingArea);
    }

    /** The signed agreement for everyone, and the safety walk's notes for the parties only. */
    private void attachAsCoordinator(String pledge, LocalDate today) {
        identity.setAuthentication(DemoUser.SAMORDNARE_USER.id(), List.of(OrganisationGroup.SAMORDNARE.id()));
        try {
            attachments.upload(
                    pledge,
                    new Attachments.Upload(
                            "pledge",
                            "Det undertecknade medborgarlöftet",
                            Confidentiality.PUBLIC.code(),
                            "medborgarlofte-" + pledge + "-undertecknat.pdf",
                            DemoDocuments.agreementPdf(
                                    "Medborgarlöfte " + pledge + ": Tryggare Gustav Adolfs plan",
                                    List.of(
                                            "Kommunen och lokalpolisområdet lovar att tillsammans göra torget tryggare.",
                                            "Undertecknat " + today + " av Eva Holm, lokalpolisområdeschef,",
                                            "och Lars Ekström, kommunstyrelsens ordförande."))));
            attachments.upload(
                    pledge,
                    new Attachments.Upload(
                            "pledge",
                            "Anteckningar från trygghetsvandringen",
                            Confidentiality.PARTIES.code(),
                            "trygghetsvandring-anteckningar.txt",
                            DemoDocuments.safetyWalkNotes()));
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The id of the organisation with the given group, as the draft form's select holds it. */
    private String organisationOf(String groupId) {
        return organisations
                .byGroup(groupId)
                .map(organisation -> String.valueOf(organisation.id()))
                .orElseThrow(
                        () -> new IllegalStateException("The demo organisation with group " + groupId + " is missing"));
    }
}
