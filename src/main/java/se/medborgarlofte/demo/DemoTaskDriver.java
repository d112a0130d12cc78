package se.medborgarlofte.demo;

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

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ManagementService management;

    /** Starts a pledge as the coordinator; returns its registration number. */
    String startPledge(Map<String, Object> variables) {
        identity.setAuthentication(
                DemoUser.SAMORDNARE_USER.id(),
                List.of(DemoUser.SAMORDNARE_USER.group().id()));
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
     * The first follow-up is held now (its timer is run ahead of its day), the steering group decides to revise, and
     * the coordinator changes one commitment, which both parties sign: the other measures run on untouched.
     */
    void followUpAndRevise(String pledge, String promiseStart, Map<String, Object> revised) {
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(PledgeProcess.KEY)
                .processInstanceBusinessKey(pledge)
                .singleResult()
                .getId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId(Element.AWAIT_FOLLOW_UP_DATE)
                .singleResult()
                .getId());
        complete(pledge, Element.COMPILE_FOLLOW_UP, DemoUser.SAMORDNARE_USER, DemoScenarios.firstFollowUp());
        for (DemoUser member : List.of(DemoUser.STYRGRUPP1, DemoUser.STYRGRUPP2, DemoUser.STYRGRUPP3)) {
            Task review = tasks.createTaskQuery()
                    .processInstanceBusinessKey(pledge)
                    .taskDefinitionKey(Element.REVIEW_FOLLOW_UP)
                    .taskAssignee(member.id())
                    .singleResult();
            if (review == null) {
                break;
            }
            String assessments = JsonVariables.text(tasks.getVariable(review.getId(), Variable.COMMITMENT_ASSESSMENTS))
                    .replace("\"assessment\":null", "\"assessment\":\"on-track\"");
            answerUntilDecided(
                    pledge,
                    Element.REVIEW_FOLLOW_UP,
                    Map.of(
                            SteeringProcess.REVIEWER_DECISION,
                            Choice.REVISE,
                            SteeringProcess.REVIEWER_COMMENT,
                            "Belysningen behöver fler punkter än vi lovade.",
                            Variable.COMMITMENT_ASSESSMENTS,
                            JsonVariables.json(assessments)),
                    member);
        }
        Task draft = tasks.createTaskQuery()
                .processInstanceBusinessKey(pledge)
                .taskDefinitionKey(RevisionProcess.Element.DRAFT_REVISION)
                .singleResult();
        String rows =
                JsonVariables.text(tasks.getVariable(draft.getId(), RevisionProcess.Variable.REVISION_COMMITMENTS));
        complete(
                pledge,
                RevisionProcess.Element.DRAFT_REVISION,
                DemoUser.SAMORDNARE_USER,
                Map.of(
                        RevisionProcess.Variable.REVISION_COMMITMENTS,
                        JsonVariables.json(DemoScenarios.revisedRows(rows, promiseStart, revised)),
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
            identity.setAuthentication(member.id(), List.of(member.group().id()));
            try {
                tasks.complete(task.getId(), answer);
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    private void complete(String pledge, String taskKey, DemoUser user, Map<String, Object> variables) {
        Task task = tasks
                .createTaskQuery()
                .processInstanceBusinessKey(pledge)
                .taskDefinitionKey(taskKey)
                .taskCandidateGroup(user.group().id())
                .list()
                .stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Demo pledge " + pledge + " has no open task " + taskKey + " for " + user.id()));
        identity.setAuthentication(user.id(), List.of(user.group().id()));
        try {
            tasks.claim(task.getId(), user.id());
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }
}
