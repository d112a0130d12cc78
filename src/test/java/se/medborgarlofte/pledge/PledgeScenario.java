package se.medborgarlofte.pledge;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import se.medborgarlofte.ProcessTestEngine;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.steering.SteeringProcess;
import se.medborgarlofte.system.JsonVariables;

/**
 * Drives one pledge through the steps of its process in a process test, asserting at each user task that it is
 * offered to the right candidate group.
 */
@RequiredArgsConstructor
public final class PledgeScenario {

    public static final ZonedDateTime START = ZonedDateTime.parse("2026-12-01T09:00:00+01:00[Europe/Stockholm]");
    public static final String PERIOD_START = "2026-12-01";
    /** Eighteen months: follow-ups on 15 February, 15 June and 15 October 2027 and 15 February 2028, then the final one. */
    public static final String PERIOD_END = "2028-05-31";

    /**
     * The draft's commitments: the police's, the municipality's and the associations' (the seeded organisation of group
     * {@code forening}, which co-signs); {@code %s} stands for each organisation's id, see {@link #commitments()}.
     */
    static final String COMMITMENTS = """
            [{"organisation":"%s","promise":"Polisen lovar att vara synlig på torget varje helg.","measureType":"polisnarvaro","targetQuantity":40,"targetUnit":"pass","dueDate":"2027-09-30","indicator":"Antal pass"},
             {"organisation":"%s","promise":"Kommunen lovar att förbättra belysningen.","measureType":"fysisk-miljo","targetQuantity":12,"targetUnit":"lampor","dueDate":"2027-06-30","indicator":"Antal nya lampor"},
             {"organisation":"%s","promise":"Föreningarna lovar vuxenvandringar varje fredag.","measureType":"vuxenvandring","targetQuantity":30,"targetUnit":"vandringar","dueDate":"2027-12-31","indicator":"Antal vandringar"}]
            """;

    /** The group of the co-signing association of {@link #COMMITMENTS}. */
    public static final String ASSOCIATION_GROUP = "forening";

    /** The draft's commitments with the case file's ids of their organisations. */
    public static String commitments() {
        return COMMITMENTS.formatted(
                organisationId("polis"), organisationId("kommun"), organisationId(ASSOCIATION_GROUP));
    }

    /** The id of the organisation with this group in the process tests' case file, as the draft form's select holds it. */
    public static String organisationId(String groupId) {
        return String.valueOf(ProcessTestEngine.caseFile()
                .sql("SELECT id FROM organisation WHERE group_id = ?")
                .param(groupId)
                .query(Long.class)
                .single());
    }

    /** Adds an organisation to the process tests' case file unless one has the group; returns its id as text. */
    public static String organisation(String name, String kind, String groupId) {
        ProcessTestEngine.caseFile()
                .sql("""
                        INSERT INTO organisation (name, kind, group_id, created_at, updated_at)
                        SELECT ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM (VALUES (1)) one
                        WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE group_id = ?)""")
                .params(name, kind, groupId, groupId)
                .update();
        return organisationId(groupId);
    }

    private final ProcessEngine engine;
    private String periodEnd = PERIOD_END;
    ProcessInstance pledge;

    /** The pledge's process instance, once started. */
    public ProcessInstance pledge() {
        return pledge;
    }

    public static Map<String, Object> startVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variable.PLEDGE_TITLE, "Tryggare Gustav Adolfs plan");
        variables.put(Variable.AREA, "Gustav Adolfs plan");
        variables.put(Variable.PERIOD_START, PERIOD_START);
        variables.put(Variable.PERIOD_END, PERIOD_END);
        variables.put(Variable.PARTIES, JsonVariables.json("[\"polisen\",\"kommunen\",\"forening\"]"));
        variables.put(Variable.BACKGROUND, "Torget upplevs som otryggt sena helgkvällar.");
        return variables;
    }

    public PledgeScenario start() {
        pledge = engine.getRuntimeService().startProcessInstanceByKey(PledgeProcess.KEY, startVariables());
        return this;
    }

    public PledgeScenario compileSituationPictures() {
        return policePicture().municipalPicture().citizenDialogue();
    }

    public PledgeScenario policePicture() {
        completeAs(
                Element.COMPILE_POLICE_SITUATION_PICTURE,
                "polis",
                Map.of(
                        "policeWhat",
                        "Ordningsstörningar",
                        "policeWhere",
                        "Torget",
                        "policeWhen",
                        "Helgkvällar",
                        "policeFrequency",
                        "Varje helg",
                        "policeTrend",
                        "okande",
                        "reportedCrimesBaseline",
                        142,
                        "staffDialogueFindings",
                        "Dålig belysning vid tunneln"));
        return this;
    }

    public PledgeScenario municipalPicture() {
        completeAs(
                Element.COMPILE_MUNICIPAL_SITUATION_PICTURE,
                "kommun",
                Map.of(
                        "municipalWhat",
                        "Skadegörelse",
                        "municipalWhere",
                        "Parken",
                        "municipalWhen",
                        "Kvällar",
                        "municipalFrequency",
                        "Varje vecka",
                        "municipalTrend",
                        "oforandrad",
                        "municipalSources",
                        "Gata/park"));
        return this;
    }

    public PledgeScenario citizenDialogue() {
        completeAs(
                Element.HOLD_CITIZEN_DIALOGUE,
                "kommun",
                Map.of(
                        "dialogueMethod",
                        "trygghetsvandring",
                        "dialogueStart",
                        "2026-12-05",
                        "dialogueEnd",
                        "2026-12-12",
                        "dialogueParticipants",
                        64,
                        "dialogueConcerns",
                        "Mörkt och få vuxna ute"));
        return this;
    }

    public PledgeScenario compileJointPicture() {
        completeAs(
                Element.COMPILE_JOINT_SITUATION_PICTURE,
                "samordnare",
                Map.of(
                        Variable.JOINT_SITUATION_PICTURE,
                        "Otryggheten hänger ihop med helgkvällar och dålig belysning.",
                        Variable.PRIORITISED_PROBLEMS,
                        JsonVariables.json(
                                "[{\"problem\":\"Ordningsstörningar\",\"place\":\"Torget\",\"causeAnalysis\":\"Få vuxna ute\"}]")));
        return this;
    }

    /** A majority of the steering group (two of its three members) decides the focus areas, each in their own task. */
    public PledgeScenario decideFocusAreas(String decision) {
        String comment = Choice.SEND_BACK.equals(decision) ? "Orsaksanalysen behöver fördjupas." : null;
        return answerWithComment(Element.CONFIRM_FOCUS_AREAS, "styrgrupp1", decision, comment)
                .answerWithComment(Element.CONFIRM_FOCUS_AREAS, "styrgrupp2", decision, comment);
    }

    /** The coordinator reports the results back to the citizens at the end, which puts renewal to the steering group. */
    public PledgeScenario giveFinalFeedback() {
        completeAs(
                Element.GIVE_FEEDBACK_TO_CITIZENS,
                "samordnare",
                Map.of(
                        "feedbackOn",
                        "2028-06-15",
                        "feedbackChannels",
                        JsonVariables.json("[\"medborgarmote\"]"),
                        "feedbackSummary",
                        "Vi berättade om resultaten på ett medborgarmöte."));
        return this;
    }

    /** A majority of the steering group (two of its three members) decides on renewal, each in their own task. */
    public PledgeScenario decideRenewal(String decision) {
        return answerWithComment(Element.DECIDE_RENEWAL, "styrgrupp1", decision, "Målen är nådda.")
                .answerWithComment(Element.DECIDE_RENEWAL, "styrgrupp2", decision, "Målen är nådda.");
    }

    public PledgeScenario identifyNeed() {
        return compileSituationPictures().compileJointPicture().decideFocusAreas(Choice.CONFIRM);
    }

    /** The draft signs the pledge for a period from {@link #PERIOD_START} to this last day instead. */
    public PledgeScenario lastingUntil(String lastDay) {
        periodEnd = lastDay;
        return this;
    }

    public PledgeScenario draft() {
        completeAs(
                Element.DRAFT_PLEDGE,
                "samordnare",
                Map.of(
                        Variable.PLEDGE_TEXT,
                        "Polisen och kommunen lovar att göra torget tryggare.",
                        Variable.PERIOD_START,
                        PERIOD_START,
                        Variable.PERIOD_END,
                        periodEnd,
                        Variable.COMMITMENTS,
                        JsonVariables.json(commitments())));
        return this;
    }

    /** The draft with these commitments instead (rows with {@code organisation} ids). */
    public PledgeScenario draft(String commitments) {
        completeAs(
                Element.DRAFT_PLEDGE,
                "samordnare",
                Map.of(
                        Variable.PLEDGE_TEXT,
                        "Polisen och kommunen lovar att göra torget tryggare.",
                        Variable.PERIOD_START,
                        PERIOD_START,
                        Variable.PERIOD_END,
                        periodEnd,
                        Variable.COMMITMENTS,
                        JsonVariables.json(commitments)));
        return this;
    }

    public PledgeScenario police(String decision) {
        Map<String, Object> answer = new HashMap<>(Map.of(Variable.POLICE_APPROVAL, decision));
        if (Choice.APPROVE.equals(decision)) {
            answer.put(Variable.POLICE_SIGNATORY, "Eva Holm");
        } else {
            answer.put("policeApprovalComment", "Ange fler kvällar för polisnärvaro.");
        }
        completeAs(Element.APPROVE_PLEDGE_POLICE, "polisledning", answer);
        return this;
    }

    public PledgeScenario municipality(String decision) {
        Map<String, Object> answer = new HashMap<>(Map.of(Variable.MUNICIPALITY_APPROVAL, decision));
        if (Choice.APPROVE.equals(decision)) {
            answer.put(Variable.MUNICIPALITY_SIGNATORY, "Lars Ekström");
        } else {
            answer.put("municipalityApprovalComment", "Belysningen ska vara klar före vintern.");
        }
        completeAs(Element.APPROVE_PLEDGE_MUNICIPALITY, "kommunledning", answer);
        return this;
    }

    /** The co-signing association of {@link #COMMITMENTS} answers. */
    public PledgeScenario coSigner(String decision) {
        return coSigner(ASSOCIATION_GROUP, decision);
    }

    /** The co-signing organisation of this group answers, in the task offered to its group only. */
    public PledgeScenario coSigner(String groupId, String decision) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pledge.getId())
                .taskDefinitionKey(Element.APPROVE_PLEDGE_CO_SIGNER)
                .taskCandidateGroup(groupId)
                .singleResult();
        assertThat(task).isNotNull().hasCandidateGroup(groupId);
        Map<String, Object> answer = new HashMap<>(Map.of(Variable.CO_SIGNER_DECISION, decision));
        if (Choice.APPROVE.equals(decision)) {
            answer.put(Variable.CO_SIGNER_SIGNATORY, "Fatima Ali");
        } else {
            answer.put(Variable.CO_SIGNER_COMMENT, "Vi hinner bara vandra varannan fredag.");
        }
        complete(task, answer);
        return this;
    }

    public PledgeScenario communicate() {
        completeAs(
                Element.COMMUNICATE_PLEDGE,
                "samordnare",
                Map.of("communicatedOn", "2026-12-20", "communicationChannels", JsonVariables.json("[\"webb\"]")));
        return this;
    }

    /** Starts a pledge and takes it to implementation: needs identified, draft approved by all, communicated. */
    public PledgeScenario inImplementation() {
        return start().identifyNeed()
                .draft()
                .police(Choice.APPROVE)
                .municipality(Choice.APPROVE)
                .coSigner(Choice.APPROVE)
                .communicate();
    }

    /** Moves the clock to the next follow-up day of the pledge and fires its timer. */
    public PledgeScenario followUpFalls() {
        fire(Element.AWAIT_FOLLOW_UP_DATE);
        return this;
    }

    /** Moves the clock to the end of the period and fires the period-end timer. */
    public PledgeScenario periodEnds() {
        fire("period-ended");
        return this;
    }

    public PledgeScenario compileFollowUp(String taskKey) {
        completeAs(
                taskKey,
                "samordnare",
                Map.of(
                        "activityParticipants",
                        85,
                        "reportedCrimesContext",
                        "Fler pass ger fler anmälningar.",
                        "followUpAssessment",
                        "Arbetet går enligt plan."));
        return this;
    }

    /** A majority of the steering group (two of its three members) answers with this decision, which decides it. */
    public PledgeScenario review(String taskKey, String decision) {
        return answer(taskKey, "styrgrupp1", decision).answer(taskKey, "styrgrupp2", decision);
    }

    /**
     * One member answers in their own task of a steering review; in a follow-up's review assessing the first commitment
     * as given and the others on track.
     */
    public PledgeScenario answer(String taskKey, String member, String decision, String firstAssessment) {
        return answer(taskKey, member, decision, "Bedömning av " + member + ".", firstAssessment);
    }

    /** One member answers in their own task of a steering review with this comment (none: the field left empty). */
    public PledgeScenario answerWithComment(String taskKey, String member, String decision, String comment) {
        return answer(taskKey, member, decision, comment, "on-track");
    }

    private PledgeScenario answer(
            String taskKey, String member, String decision, String comment, String firstAssessment) {
        Task task = memberTask(taskKey, member);
        Map<String, Object> variables = new HashMap<>();
        variables.put(SteeringProcess.REVIEWER_DECISION, decision);
        if (comment != null) {
            variables.put(SteeringProcess.REVIEWER_COMMENT, comment);
        }
        if (Element.REVIEW_FOLLOW_UP.equals(taskKey) || Element.REVIEW_FINAL_FOLLOW_UP.equals(taskKey)) {
            String assessments = JsonVariables.text(
                            engine.getTaskService().getVariable(task.getId(), Variable.COMMITMENT_ASSESSMENTS))
                    .replaceFirst("\"assessment\":null", "\"assessment\":\"" + firstAssessment + "\"")
                    .replace("\"assessment\":null", "\"assessment\":\"on-track\"");
            variables.put(Variable.COMMITMENT_ASSESSMENTS, JsonVariables.json(assessments));
        }
        complete(task, variables);
        return this;
    }

    /** A member's own open task of a steering review. */
    public Task memberTask(String taskKey, String member) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pledge.getId())
                .taskDefinitionKey(taskKey)
                .taskAssignee(member)
                .singleResult();
        if (task == null) {
            throw new AssertionError(member + " has no open task " + taskKey);
        }
        return task;
    }

    public PledgeScenario answer(String taskKey, String member, String decision) {
        return answer(taskKey, member, decision, "on-track");
    }

    /**
     * The coordinator publishes the feedback on the follow-up whose feedback has waited longest, writing what was done
     * and keeping the suggested changes and decision, as Tasklist submits a form's prefilled fields.
     */
    public PledgeScenario publishFeedback(String done) {
        Task task = openFeedbackTasks().stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("No open task " + Element.PUBLISH_FOLLOW_UP_FEEDBACK));
        assertThat(task).hasCandidateGroup("samordnare");
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variable.FEEDBACK_DONE, done);
        for (String prefilled : new String[] {Variable.FEEDBACK_CHANGES, Variable.FEEDBACK_DECISION}) {
            variables.put(prefilled, engine.getTaskService().getVariable(task.getId(), prefilled));
        }
        complete(task, variables);
        return this;
    }

    /** The open feedback tasks of the pledge's follow-ups, the one created first first. */
    public java.util.List<Task> openFeedbackTasks() {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pledge.getId())
                .taskDefinitionKey(Element.PUBLISH_FOLLOW_UP_FEEDBACK)
                .orderByTaskCreateTime()
                .asc()
                .list();
    }

    /** Moves the clock to the end of the review time and fires its timer. */
    public PledgeScenario reviewTimeRunsOut(String deadlineEvent) {
        fire(deadlineEvent);
        return this;
    }

    public Date dueDateOfTimer(String activityId) {
        return timer(activityId).getDuedate();
    }

    public Job timer(String activityId) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pledge.getId())
                .activityId(activityId)
                .timers()
                .singleResult();
    }

    private void fire(String activityId) {
        Job job = timer(activityId);
        if (job == null) {
            throw new AssertionError("The pledge has no timer " + activityId);
        }
        ClockUtil.setCurrentTime(job.getDuedate());
        engine.getManagementService().executeJob(job.getId());
    }

    public void completeAs(String taskKey, String candidateGroup, Map<String, Object> variables) {
        assertThat(pledge).isWaitingAt(taskKey);
        Task task = task(taskKey, pledge);
        assertThat(task).hasCandidateGroup(candidateGroup);
        complete(task, variables);
    }
}
