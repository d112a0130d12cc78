package se.medborgarlofte.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static se.medborgarlofte.TestMailServer.messagesTo;
import static se.medborgarlofte.TestMailServer.subject;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.TestMailServer;

/** A new task is announced by email to its candidate groups' members, through a real SMTP server. */
@PostgresIntegrationTest
class TaskNotificationIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    org.camunda.bpm.engine.TaskService tasks;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    WeeklyDigest digest;

    @Test
    void theCandidateGroupsMembersAreToldAboutANewTaskWithALinkToIt() throws Exception {
        String pledge = new PledgeJourney(rest, management).start("Trygg postgång", "Postgatan");
        String policeTask = EngineRestClient.as(rest, "polis")
                .task(pledge, "compile-police-situation-picture", "polis")
                .path("id")
                .asText();

        List<MimeMessage> toPolice = messagesTo("polis@demo.medborgarlofte.se", pledge);
        assertThat(toPolice).hasSize(1);
        assertThat(toPolice.get(0).getSubject())
                .isEqualTo("Ny uppgift: Ta fram polisens lägesbild – Trygg postgång (" + pledge + ")");
        assertThat((String) toPolice.get(0).getContent())
                .contains("Hej!", "Du har fått en ny uppgift", "/camunda/app/tasklist/default/#/?task=" + policeTask);
        assertThat(messagesTo("kommun@demo.medborgarlofte.se", pledge)).hasSize(2);
        assertThat(messagesTo("forening@demo.medborgarlofte.se", pledge)).isEmpty();
    }

    @Test
    void remindsBeforeTheDeadlineAndEscalatesToTheCoordinatorsAfterItOnce() throws Exception {
        String pledge = new PledgeJourney(rest, management).start("Trygg påminnelse", "Påminnelsegatan");
        org.camunda.bpm.engine.task.Task police = tasks.createTaskQuery()
                .processInstanceBusinessKey(pledge)
                .taskDefinitionKey("compile-police-situation-picture")
                .singleResult();
        java.time.Instant due = police.getDueDate().toInstant();

        watch.check(due.minus(java.time.Duration.ofDays(2)));
        watch.check(due.minus(java.time.Duration.ofDays(1)));
        List<MimeMessage> reminders = messagesTo("polis@demo.medborgarlofte.se", pledge).stream()
                .filter(message -> subject(message).startsWith("Påminnelse"))
                .toList();
        assertThat(reminders).hasSize(1);
        assertThat(subject(reminders.get(0))).contains("Ta fram polisens lägesbild ska vara klar");

        watch.check(due.plus(java.time.Duration.ofHours(1)));
        watch.check(due.plus(java.time.Duration.ofDays(1)));
        List<MimeMessage> escalations = messagesTo("samordnare@demo.medborgarlofte.se", pledge).stream()
                .filter(message -> subject(message).startsWith("Försenad: Ta fram polisens"))
                .toList();
        assertThat(escalations).hasSize(1);
        assertThat((String) escalations.get(0).getContent()).contains("Ansvarig grupp: polis");
    }

    @Test
    void theCoordinatorsWeeklyDigestListsOverdueTasksPerPledge() throws Exception {
        String pledge = new PledgeJourney(rest, management).start("Trygg veckosammanställning", "Veckogatan");

        digest.send(java.time.Instant.parse("2031-01-06T06:00:00Z"));

        MimeMessage latest = Arrays.stream(
                        TestMailServer.get().getReceivedMessagesForDomain("samordnare@demo.medborgarlofte.se"))
                .filter(message -> subject(message).startsWith("Veckosammanställning"))
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat((String) latest.getContent())
                .contains("Försenade uppgifter", pledge + ":", "Ta fram polisens lägesbild, klar senast");
    }
}
