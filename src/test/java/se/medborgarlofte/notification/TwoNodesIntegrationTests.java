package se.medborgarlofte.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static se.medborgarlofte.TestMailServer.subject;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.Application;
import se.medborgarlofte.PostgresFromEnvironment;
import se.medborgarlofte.TestMailServer;
import se.medborgarlofte.identity.OrganisationGroup;

/**
 * Two nodes of the application share one PostgreSQL database, as two servers of one installation would, and fire
 * their scheduled jobs at the same moment: the coordinators get one weekly digest and one escalation each. The
 * database is one of its own on the PG* server, so that no other test's application shares its locks or its tasks.
 */
class TwoNodesIntegrationTests {

    private static final String DATABASE = "two_nodes";

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() throws SQLException {
        try (Connection connection = PostgresFromEnvironment.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
        // one after the other: the first migrates the new database and seeds the demo users and pledges
        first = node("firstNode");
        second = node("secondNode");
    }

    @AfterAll
    static void stopBothNodes() throws SQLException {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {second, first}) {
            if (node != null) {
                node.close();
            }
        }
        try (Connection connection = PostgresFromEnvironment.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    @Test
    void bothNodesFiringTheirSchedulesAtOnceSendOneDigestAndOneEscalationToEachCoordinator() throws Exception {
        String task = overdueTask("Laga belysningen i gångtunneln");

        atOnce(
                () -> first.getBean(WeeklyDigest.class).scheduled(),
                () -> second.getBean(WeeklyDigest.class).scheduled());
        atOnce(
                () -> first.getBean(DeadlineWatch.class).scheduled(),
                () -> second.getBean(DeadlineWatch.class).scheduled());

        for (String coordinator : coordinators()) {
            assertThat(messages(coordinator).stream()
                            .filter(message -> subject(message).startsWith("Veckosammanställning"))
                            .filter(message -> body(message).contains(task)))
                    .as("digests to %s", coordinator)
                    .hasSize(1);
            assertThat(messages(coordinator).stream()
                            .filter(message -> subject(message).startsWith("Försenad: " + task)))
                    .as("escalations to %s", coordinator)
                    .hasSize(1);
        }
        assertThat(first.getBean(JdbcClient.class)
                        .sql("SELECT name FROM shedlock ORDER BY name")
                        .query(String.class)
                        .list())
                .containsExactly("deadline-watch", "weekly-digest");
    }

    @Test
    void twoNodesCheckingAtOnceWithoutTheLockStillEscalateOnceAndRecordItAsSent() throws Exception {
        String task = overdueTask("Röj buskaget vid busshållplatsen");
        Instant now = Instant.now();

        atOnce(
                () -> first.getBean(DeadlineWatch.class).check(now),
                () -> second.getBean(DeadlineWatch.class).check(now));

        for (String coordinator : coordinators()) {
            assertThat(messages(coordinator).stream()
                            .filter(message -> subject(message).startsWith("Försenad: " + task)))
                    .as("escalations to %s", coordinator)
                    .hasSize(1);
        }
        assertThat(first.getBean(JdbcClient.class)
                        .sql("""
                SELECT COUNT(*) FROM deadline_notice n JOIN act_ru_task t ON t.id_ = n.task_id
                WHERE t.name_ = ? AND n.kind = 'escalation' AND n.sent_at IS NOT NULL""")
                        .param(task)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static ConfigurableApplicationContext node(String name) {
        Map<String, Object> properties = new HashMap<>(PostgresFromEnvironment.properties(DATABASE));
        properties.put("server.port", "0");
        // each node's engine registers under its own name in the JVM (other tests' application holds "default")
        properties.put("camunda.bpm.process-engine-name", name);
        // the test fires the jobs itself, through their beans, so that both nodes fire at the same moment
        properties.put("medborgarlofte.deadlines.watch", "false");
        // Camunda's webapp starter keeps its servlet filters in JVM-wide statics (LazyInitRegistration): a node with
        // the webapps would take over those of the other tests' application, and break them when it closes
        properties.put("camunda.bpm.webapp.enabled", "false");
        return new SpringApplicationBuilder(Application.class)
                .profiles("postgres", "demo")
                .initializers(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("node " + name, properties)))
                .run();
    }

    /** A task two days past its deadline, for the police, outside any pledge; its name is unique to this test. */
    private static String overdueTask(String name) {
        TaskService tasks = first.getBean(TaskService.class);
        Task task = tasks.newTask();
        task.setName(name);
        task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(2))));
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), OrganisationGroup.POLIS.id());
        return name;
    }

    /** Runs both at the same moment, each on a thread of its own, and waits until both are done. */
    private static void atOnce(Runnable onFirst, Runnable onSecond) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> runs = List.of(onFirst, onSecond).stream()
                    .map(run -> threads.submit(() -> {
                        start.await();
                        run.run();
                        return null;
                    }))
                    .toList();
            for (Future<Object> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<String> coordinators() {
        List<String> emails = first
                .getBean(IdentityService.class)
                .createUserQuery()
                .memberOfGroup(OrganisationGroup.SAMORDNARE.id())
                .list()
                .stream()
                .map(User::getEmail)
                .toList();
        assertThat(emails).isNotEmpty();
        return emails;
    }

    private static List<MimeMessage> messages(String address) {
        return Arrays.asList(TestMailServer.get().getReceivedMessagesForDomain(address));
    }

    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (IOException | MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
