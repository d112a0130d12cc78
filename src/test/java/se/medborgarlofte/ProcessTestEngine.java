package se.medborgarlofte;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.casefile.EffectGoalRecords;
import se.medborgarlofte.casefile.FollowUpRecords;
import se.medborgarlofte.casefile.PledgeRegister;
import se.medborgarlofte.casefile.PublicFeedbackRecords;
import se.medborgarlofte.casefile.RevisionRecords;
import se.medborgarlofte.casefile.process.CaseFileListeners;
import se.medborgarlofte.citizeninput.CitizenInputRecords;
import se.medborgarlofte.citizeninput.process.FollowUpCitizenInputListener;
import se.medborgarlofte.council.CouncilAgenda;
import se.medborgarlofte.council.CouncilProperties;
import se.medborgarlofte.council.CouncilRecords;
import se.medborgarlofte.council.process.CouncilAgendaDelegate;
import se.medborgarlofte.council.process.CouncilSchedule;
import se.medborgarlofte.measure.MeasureRevisions;
import se.medborgarlofte.measure.process.MeasureStartListener;
import se.medborgarlofte.measure.process.OccurrenceReportListener;
import se.medborgarlofte.notification.DeadlineProperties;
import se.medborgarlofte.notification.Mailer;
import se.medborgarlofte.notification.NotificationProperties;
import se.medborgarlofte.notification.process.TaskDeadlineListener;
import se.medborgarlofte.notification.process.TaskNotificationListener;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.place.PledgePlaces;
import se.medborgarlofte.pledge.FollowUpCadence;
import se.medborgarlofte.pledge.PledgeProperties;
import se.medborgarlofte.pledge.process.FollowUpFeedbackListener;
import se.medborgarlofte.pledge.process.FollowUpProgressListener;
import se.medborgarlofte.pledge.process.PledgePeriodListener;
import se.medborgarlofte.pledge.process.PledgeStartListener;
import se.medborgarlofte.pledge.process.RecordSignaturesDelegate;
import se.medborgarlofte.pledge.process.StartRenewedPledgeDelegate;
import se.medborgarlofte.revision.process.ApplyRevisionDelegate;
import se.medborgarlofte.revision.process.RevisionCoSignerListener;
import se.medborgarlofte.revision.process.RevisionDraftListener;
import se.medborgarlofte.revision.process.RevisionStartListener;
import se.medborgarlofte.steering.SteeringProperties;
import se.medborgarlofte.steering.SteeringReviews;
import se.medborgarlofte.steering.process.ReviewPreparationListener;
import se.medborgarlofte.steering.process.SteeringDecisionDelegate;
import se.medborgarlofte.steering.process.SteeringReviewStartListener;
import se.medborgarlofte.system.CaseCalendar;

/**
 * One in-memory engine for the process tests, with the same delegates and listeners as the application (built
 * without an application context), the case file migrated by Flyway into the same H2 database and written in the
 * engine's Spring-managed transaction, and the models, decisions and forms of {@code bpmn/} and {@code forms/}.
 */
public final class ProcessTestEngine {

    public static final PledgeProperties PROPERTIES = new PledgeProperties(
            new FollowUpCadence(List.of("--02-15", "--06-15", "--10-15"), null), ZoneId.of("Europe/Stockholm"));

    public static final CaseCalendar CALENDAR = new CaseCalendar(PROPERTIES.timeZone());

    public static final DeadlineProperties DEADLINES = new DeadlineProperties(
            java.time.Period.ofDays(14),
            Map.of("draft-pledge", java.time.Period.ofDays(30), "review-follow-up", java.time.Period.ofDays(10)),
            java.time.Period.ofDays(3));
    public static final CouncilProperties COUNCIL =
            new CouncilProperties("0 0 7 1 * ?", java.time.Period.ofMonths(1), "Tryggare Enköping");
    /** The steering group of the process tests: three members, so a majority is two. */
    public static final List<String> STEERING_GROUP = List.of("styrgrupp1", "styrgrupp2", "styrgrupp3");

    private static ProcessEngine engine;
    private static DataSource dataSource;
    private static Map<Object, Object> beans;
    private static SteeringReviews reviews;

    private ProcessTestEngine() {}

    public static synchronized ProcessEngineExtension extension() {
        if (engine == null) {
            engine = build();
        }
        return ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }

    /**
     * Readies a process test: BPMN assertions bound to this engine, the engine's clock at {@code now}, the models
     * deployed. Returns the deployment for {@link #finish}.
     */
    public static String begin(ProcessEngine processEngine, Date now) {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(now);
        return deployModels(processEngine);
    }

    /** Undoes {@link #begin}: the deployment with every instance of it, the case file, the clock. */
    public static void finish(ProcessEngine processEngine, String deployment) {
        processEngine.getRepositoryService().deleteDeployment(deployment, true);
        clearCaseFile();
        ClockUtil.reset();
    }

    /** Deploys everything in {@code bpmn/} and {@code forms/} as one deployment, as the application does. */
    public static String deployModels(ProcessEngine processEngine) {
        DeploymentBuilder deployment =
                processEngine.getRepositoryService().createDeployment().name("process-tests");
        Stream.concat(resources("bpmn"), resources("forms")).forEach(deployment::addClasspathResource);
        return deployment.deploy().getId();
    }

    /** Classpath names of the files in a resource folder, e.g. {@code forms/draft-pledge.form}. */
    public static Stream<String> resources(String folder) {
        try (Stream<Path> files = Files.list(folder(folder))) {
            List<String> names = files.map(file -> folder + "/" + file.getFileName())
                    .sorted()
                    .toList();
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path folder(String folder) {
        try {
            return Paths.get(
                    ProcessTestEngine.class.getClassLoader().getResource(folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empties the case file, so that each test starts numbering and recording afresh. */
    public static void clearCaseFile() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (String table : List.of(
                "revision_co_signer_answer",
                "commitment_revision_change",
                "commitment_revision",
                "council_decision",
                "council_agenda_item",
                "council_meeting",
                "case_event",
                "public_feedback",
                "commitment_assessment",
                "steering_decision",
                "position_assessment",
                "steering_position",
                "steering_review",
                "follow_up",
                "approval",
                "co_signer_approval",
                "occurrence_report",
                "commitment",
                "planned_follow_up",
                "prioritised_problem",
                "citizen_dialogue",
                "situation_picture",
                "pledge_party",
                "pledge_place",
                "pledge",
                "registration_sequence")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    /** Changes the quorum rule for the reviews that start from now on ({@code majority}, {@code all} or a number). */
    public static void useSteeringQuorum(String rule) {
        beans.put(
                "steeringReviewStartListener",
                new SteeringReviewStartListener(new SteeringProperties(rule), DEADLINES, reviews, CALENDAR));
    }

    private static void createSteeringGroup(ProcessEngine built) {
        IdentityService identity = built.getIdentityService();
        Group group = identity.newGroup("styrgrupp");
        group.setName("Styrgruppen");
        identity.saveGroup(group);
        String[][] members = {
            {"styrgrupp1", "Anna", "Berg"}, {"styrgrupp2", "Johan", "Lind"}, {"styrgrupp3", "Sara", "Öberg"}
        };
        for (String[] member : members) {
            User user = identity.newUser(member[0]);
            user.setFirstName(member[1]);
            user.setLastName(member[2]);
            user.setEmail(member[0] + "@example.se");
            identity.saveUser(user);
            identity.createMembership(member[0], "styrgrupp");
        }
    }

    /**
     * Fails loudly when a model names a bean ({@code ${name}} in a delegate or listener expression) that this engine
     * was not given: a new delegate must be wired here as in the application.
     */
    private static void requireEveryBeanTheModelsName(Map<Object, Object> beans) {
        java.util.regex.Pattern expression = java.util.regex.Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
        java.util.Set<String> missing = new java.util.TreeSet<>();
        resources("bpmn").filter(name -> name.endsWith(".bpmn")).forEach(resource -> {
            try {
                java.util.regex.Matcher named = expression.matcher(
                        Files.readString(folder("bpmn").resolve(resource.substring("bpmn/".length()))));
                while (named.find()) {
                    if (!beans.containsKey(named.group(1))) {
                        missing.add(named.group(1) + " (" + resource + ")");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The process-test engine lacks beans the models name: " + missing
                    + ". Wire them in ProcessTestEngine.build().");
        }
    }

    public static JdbcClient caseFile() {
        return JdbcClient.create(dataSource);
    }

    private static ProcessEngine build() {
        dataSource = new SimpleDriverDataSource(
                new org.h2.Driver(), "jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        TransactionTemplate separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        CaseEvents events = new CaseEvents(jdbc);
        PledgeRegister register = new PledgeRegister(jdbc, events, separate);
        CommitmentRecords commitments = new CommitmentRecords(jdbc, events);
        FollowUpRecords followUps = new FollowUpRecords(jdbc, events);

        SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
        configuration.setProcessEngineName("process-tests");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactions);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("full");
        configuration.setJobExecutorActivate(false);
        configuration.setDefaultSerializationFormat("application/json");
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        Map<Object, Object> beans = new HashMap<>();
        beans.put("pledgeStartListener", new PledgeStartListener(PROPERTIES, register, new PledgePlaces(jdbc, events)));
        beans.put("pledgePeriodListener", new PledgePeriodListener(PROPERTIES, followUps));
        // reads only: the process tests put their organisations into the case file themselves
        Organisations organisations = new Organisations(jdbc, null);
        beans.put(
                "recordSignaturesDelegate",
                new RecordSignaturesDelegate(PROPERTIES, register, commitments, organisations));
        EffectGoalRecords effectGoals = CaseFileListeners.effectGoals(jdbc, events);
        beans.put("reviewPreparationListener", new ReviewPreparationListener(commitments, effectGoals));
        beans.put("followUpProgressListener", new FollowUpProgressListener(commitments, effectGoals));
        reviews = new SteeringReviews(jdbc, events, CALENDAR);
        beans.put("steeringDecisionDelegate", new SteeringDecisionDelegate(reviews));
        beans.put("startRenewedPledgeDelegate", new StartRenewedPledgeDelegate());
        beans.put("measureStartListener", new MeasureStartListener(CALENDAR, commitments, organisations));
        beans.put("occurrenceReportListener", new OccurrenceReportListener(commitments));
        CouncilRecords council = new CouncilRecords(jdbc, events, COUNCIL);
        beans.put("councilSchedule", new CouncilSchedule(COUNCIL));
        beans.put(
                "councilAgendaDelegate",
                new CouncilAgendaDelegate(new CouncilAgenda(jdbc, CALENDAR), council, COUNCIL, CALENDAR));
        CaseFileListeners.register(beans, jdbc, events, register, commitments, followUps, reviews, council);
        RevisionRecords revisions = new RevisionRecords(jdbc, events);
        beans.put("revisionStartListener", new RevisionStartListener(register));
        beans.put("revisionDraftListener", new RevisionDraftListener(revisions));
        beans.put("revisionCoSignerListener", new RevisionCoSignerListener(revisions));
        beans.put(
                "applyRevisionDelegate",
                new ApplyRevisionDelegate(
                        revisions, new MeasureRevisions(CALENDAR), register, CALENDAR, new Organisations(jdbc, null)));
        beans.put("followUpFeedbackListener", new FollowUpFeedbackListener(new PublicFeedbackRecords(jdbc, events)));
        beans.put(
                "followUpCitizenInputListener",
                new FollowUpCitizenInputListener(new CitizenInputRecords(jdbc), events, CALENDAR));
        NotificationProperties notifications =
                new NotificationProperties("http://localhost:8080/camunda/app/tasklist/default/", "test@localhost");
        beans.put("taskDeadlineListener", new TaskDeadlineListener(DEADLINES, CALENDAR));
        ProcessTestEngine.beans = beans;
        useSteeringQuorum("majority");
        beans.put(
                "taskNotificationListener",
                new TaskNotificationListener(
                        new Mailer(
                                new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class), notifications),
                        notifications,
                        CALENDAR));
        requireEveryBeanTheModelsName(beans);
        configuration.setBeans(beans);
        ProcessEngine built = configuration.buildProcessEngine();
        createSteeringGroup(built);
        return built;
    }
}
