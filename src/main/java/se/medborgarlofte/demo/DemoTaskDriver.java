package se.medborgarlofte.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.medborgarlofte.identity.DemoUser;
import se.medborgarlofte.measure.MeasureProcess;
import se.medborgarlofte.pledge.PledgeProcess;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.revision.RevisionProcess;
import se.medborgarlofte.steering.SteeringProcess;
import se.medborgarlofte.system.JsonVariables;

/** Completes pledge tasks as the demo users would in Tasklist, so that the history shows who did what. */
@Component
@RequiredArgsConstructor
class DemoTaskDriver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ManagementService management;

    /** Starts a pledge as the coordinator; returns its registration number. */
    String startPledge(Map<String, Object> variables) {
        identity.setAuthentication(DemoUser.SAMORDNARE_USER.id(), List.of(DemoUser.SAMORDNARE_USER.groupId()));
        try {
            return runtime.startProcessInstanceByKey(PledgeProcess.KEY, variables)
                    .getBusinessKey();
        } finally {
            identity.clearAuthentication();
        }
    }

    void identifyNeed(String pledge, DemoScenarios.Situation situation) {
        complete(pledge, Element.COMPILE_POLICE_SITUATION_PICTURE, DemoUser.POLIS_USER, situation.police());
        complete(pledge, Element.COMPILE_MUNICIPAL_SITUATION_PICTURE, DemoUser.KOMMUN_USER, situation.municipal());
        complete(pledge, Element.HOLD_CITIZEN_DIALOGUE, DemoUser.KOMMUN_USER, situation.citizenDialogue());
        complete(pledge, Element.COMPILE_JOINT_SITUATION_PICTURE, DemoUser.SAMORDNARE_USER, situation.joint());
        answerUntilDecided(
                pledge,
                Element.CONFIRM_FOCUS_AREAS,
                Map.of(SteeringProcess.REVIEWER_DECISION, Choice.CONFIRM),
                DemoUser.STYRGRUPP1,
                DemoUser.STYRGRUPP2,
                DemoUser.STYRGRUPP3);
    }

    void draft(String pledge, Map<String, Object> draft) {
        complete(pledge, Element.DRAFT_PLEDGE, DemoUser.SAMORDNARE_USER, draft);
    }

    void signAndCommunicate(String pledge, LocalDate today) {
        complete(
                pledge,
                Element.APPROVE_PLEDGE_POLICE,
                DemoUser.LPO,
                Map.of(
                        Variable.POLICE_APPROVAL,
                        Choice.APPROVE,
                        Variable.POLICE_SIGNATORY,
                        "Eva Holm, lokalpolisområdeschef"));
        complete(
                pledge,
                Element.APPROVE_PLEDGE_MUNICIPALITY,
                DemoUser.KSO,
                Map.of(
                        Variable.MUNICIPALITY_APPROVAL,
                        Choice.APPROVE,
                        Variable.MUNICIPALITY_SIGNATORY,
                        "Lars Ekström, KSO",
                        Variable.MUNICIPAL_DECISION_BODY,
                        "Kommunstyrelsen",
                        Variable.MUNICIPAL_DECISION_ON,
                        today.minusDays(7).toString(),
                        Variable.MUNICIPAL_REGISTRY_NUMBER,
                        "KS " + today.getYear() + "/123"));
        complete(
                pledge,
                Element.APPROVE_PLEDGE_CO_SIGNER,
                DemoUser.FORENING_USER,
                Map.of(
                        Variable.CO_SIGNER_DECISION,
                        Choice.APPROVE,
                        Variable.CO_SIGNER_SIGNATORY,
                        "Fatima Ali, ordförande"));
        complete(pledge, Element.COMMUNICATE_PLEDGE, DemoUser.SAMORDNARE_USER, DemoScenarios.communication(today));
    }

    /** The association plans the night walks and reports the first one. */
    void planAndReportFirstMeasure(String pledge, LocalDate today) {
        complete(
                pledge,
                MeasureProcess.Element.PLAN_MEASURE,
                DemoUser.FORENING_USER,
                DemoScenarios.nightWalkPlan(today));
        complete(
                pledge,
                MeasureProcess.Element.REPORT_OCCURRENCE,
                DemoUser.FORENING_USER,
                DemoScenarios.firstNightWalk(today));
    }

    /**
     * The next follow-up day comes (its timer is run at once) and the coordinator compiles the follow-up with a new value
     * of the pledge's effect goal, in the row the task prepared.
     */
    void compileFollowUp(String pledge, DemoScenarios.FollowUp followUp) {
        String processInstance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(PledgeProcess.KEY)
                .processInstanceBusinessKey(pledge)
                .singleResult()
                .getId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(processInstance)
                .activityId(Element.AWAIT_FOLLOW_UP_DATE)
                .singleResult()
                .getId());
        Task task = openTask(pledge, Element.COMPILE_FOLLOW_UP, DemoUser.SAMORDNARE_USER);
        ArrayNode rows = rows(tasks.getVariableLocal(task.getId(), Variable.EFFECT_GOAL_VALUES));
        ObjectNode goal = (ObjectNode) rows.get(0);
        goal.put("value", followUp.goalValue());
        goal.put("measuredOn", followUp.measuredOn().toString());
        goal.put("source", followUp.source());
        // the rows are local to the task (as Tasklist's form writes them); completing with variables would write the
        // execution's instead
        tasks.setVariableLocal(task.getId(), Variable.EFFECT_GOAL_VALUES, JsonVariables.json(rows.toString()));
        complete(pledge, Element.COMPILE_FOLLOW_UP, DemoUser.SAMORDNARE_USER, followUp.values());
    }

    /** The steering group reviews the follow-up (every commitment on track) and decides {@code decision}. */
    void reviewFollowUp(String pledge, String decision, String comment) {
        for (DemoUser member : List.of(DemoUser.STYRGRUPP1, DemoUser.STYRGRUPP2, DemoUser.STYRGRUPP3)) {
            Task task = tasks.createTaskQuery()
                    .processInstanceBusinessKey(pledge)
                    .taskDefinitionKey(Element.REVIEW_FOLLOW_UP)
                    .taskAssignee(member.id())
                    .singleResult();
            if (task == null) {
                return;
            }
            ArrayNode assessments = rows(tasks.getVariable(task.getId(), Variable.COMMITMENT_ASSESSMENTS));
            assessments.forEach(row -> ((ObjectNode) row).put("assessment", "on-track"));
            identity.setAuthentication(member.id(), List.of(member.groupId()));
            try {
                tasks.complete(
                        task.getId(),
                        Map.of(
                                SteeringProcess.REVIEWER_DECISION,
                                decision,
                                SteeringProcess.REVIEWER_COMMENT,
                                comment,
                                Variable.COMMITMENT_ASSESSMENTS,
                                JsonVariables.json(assessments.toString())));
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    /**
     * The coordinator changes the commitments in the revision the steering group decided (by the start of their promise,
     * each to its new wording), the police and the municipality sign it, and each co-signing organisation whose
     * commitment changes signs in its own task: the other measures run on untouched.
     */
    void reviseCommitments(String pledge, Map<String, Map<String, Object>> revisedByPromiseStart) {
        Task draft = openTask(pledge, RevisionProcess.Element.DRAFT_REVISION, DemoUser.SAMORDNARE_USER);
        String rows =
                JsonVariables.text(tasks.getVariable(draft.getId(), RevisionProcess.Variable.REVISION_COMMITMENTS));
        for (Map.Entry<String, Map<String, Object>> revised : revisedByPromiseStart.entrySet()) {
            rows = DemoScenarios.revisedRows(rows, revised.getKey(), revised.getValue());
        }
        complete(
                pledge,
                RevisionProcess.Element.DRAFT_REVISION,
                DemoUser.SAMORDNARE_USER,
                Map.of(
                        RevisionProcess.Variable.REVISION_COMMITMENTS,
                        JsonVariables.json(rows),
                        RevisionProcess.Variable.ADDED_COMMITMENTS,
                        JsonVariables.json("[]")));
        complete(
                pledge,
                RevisionProcess.Element.APPROVE_REVISION_POLICE,
                DemoUser.LPO,
                Map.of(
                        RevisionProcess.Variable.POLICE_APPROVAL,
                        Choice.APPROVE,
                        RevisionProcess.Variable.POLICE_SIGNATORY,
                        "Eva Holm, lokalpolisområdeschef"));
        complete(
                pledge,
                RevisionProcess.Element.APPROVE_REVISION_MUNICIPALITY,
                DemoUser.KSO,
                Map.of(
                        RevisionProcess.Variable.MUNICIPALITY_APPROVAL,
                        Choice.APPROVE,
                        RevisionProcess.Variable.MUNICIPALITY_SIGNATORY,
                        "Lars Ekström, KSO"));
        for (DemoUser coSigner : List.of(DemoUser.FORENING_USER, DemoUser.BOSTADSBOLAG)) {
            boolean concerned = tasks.createTaskQuery()
                            .processInstanceBusinessKey(pledge)
                            .taskDefinitionKey(RevisionProcess.Element.APPROVE_REVISION_CO_SIGNER)
                            .taskCandidateGroup(coSigner.groupId())
                            .count()
                    > 0;
            if (concerned) {
                complete(
                        pledge,
                        RevisionProcess.Element.APPROVE_REVISION_CO_SIGNER,
                        coSigner,
                        Map.of(
                                Variable.CO_SIGNER_DECISION,
                                Choice.APPROVE,
                                Variable.CO_SIGNER_SIGNATORY,
                                coSigner.firstName() + " " + coSigner.lastName()));
            }
        }
    }

    /** The coordinator publishes the feedback on the follow-up, keeping the suggested changes and decision. */
    void publishFollowUpFeedback(String pledge, String done) {
        Task task = openTask(pledge, Element.PUBLISH_FOLLOW_UP_FEEDBACK, DemoUser.SAMORDNARE_USER);
        complete(
                pledge,
                Element.PUBLISH_FOLLOW_UP_FEEDBACK,
                DemoUser.SAMORDNARE_USER,
                Map.of(
                        Variable.FEEDBACK_DONE,
                        done,
                        Variable.FEEDBACK_CHANGES,
                        tasks.getVariable(task.getId(), Variable.FEEDBACK_CHANGES),
                        Variable.FEEDBACK_DECISION,
                        tasks.getVariable(task.getId(), Variable.FEEDBACK_DECISION)));
    }

    private static ArrayNode rows(Object listVariable) {
        try {
            return (ArrayNode) JSON.readTree(JsonVariables.text(listVariable));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A demo task's list is not JSON", e);
        }
    }

    /**
     * The steering members answer in their own tasks of a collective decision, one after the other, until the quorum
     * has answered and the decision is taken (the remaining members' tasks are then withdrawn).
     */
    private void answerUntilDecided(String pledge, String taskKey, Map<String, Object> answer, DemoUser... members) {
        for (DemoUser member : members) {
            Task task = tasks.createTaskQuery()
                    .processInstanceBusinessKey(pledge)
                    .taskDefinitionKey(taskKey)
                    .taskAssignee(member.id())
                    .singleResult();
            if (task == null) {
                return;
            }
            identity.setAuthentication(member.id(), List.of(member.groupId()));
            try {
                tasks.complete(task.getId(), answer);
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    private void complete(String pledge, String taskKey, DemoUser user, Map<String, Object> variables) {
        Task task = openTask(pledge, taskKey, user);
        identity.setAuthentication(user.id(), List.of(user.groupId()));
        try {
            tasks.claim(task.getId(), user.id());
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private Task openTask(String pledge, String taskKey, DemoUser user) {
        return tasks
                .createTaskQuery()
                .processInstanceBusinessKey(pledge)
                .taskDefinitionKey(taskKey)
                .taskCandidateGroup(user.groupId())
                .list()
                .stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Demo pledge " + pledge + " has no open task " + taskKey + " for " + user.id()));
    }
}
