package se.medborgarlofte.steering.process;

import java.util.Map;
import se.medborgarlofte.casefile.SteeringSubject;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;

/**
 * The collective decisions of the steering group in {@code bpmn/medborgarlofte.bpmn}: for each, the sub-process that
 * holds it, what it decides on, the task each member answers in, and the variables the consolidated decision is
 * written to, which the gateway after it reads.
 */
record SteeringReviewKind(SteeringSubject subject, String memberTask, String decisionVariable, String commentVariable) {

    private static final Map<String, SteeringReviewKind> BY_SUB_PROCESS = Map.of(
            Element.STEERING_REVIEW,
            new SteeringReviewKind(
                    SteeringSubject.FOLLOW_UP,
                    Element.REVIEW_FOLLOW_UP,
                    Variable.STEERING_DECISION,
                    Variable.STEERING_COMMENT),
            Element.FINAL_STEERING_REVIEW,
            new SteeringReviewKind(
                    SteeringSubject.FOLLOW_UP,
                    Element.REVIEW_FINAL_FOLLOW_UP,
                    Variable.STEERING_DECISION,
                    Variable.STEERING_COMMENT),
            Element.FOCUS_AREAS_REVIEW,
            new SteeringReviewKind(
                    SteeringSubject.FOCUS_AREAS,
                    Element.CONFIRM_FOCUS_AREAS,
                    Variable.FOCUS_AREAS_DECISION,
                    Variable.FOCUS_AREAS_COMMENT),
            Element.RENEWAL_REVIEW,
            new SteeringReviewKind(
                    SteeringSubject.RENEWAL,
                    Element.DECIDE_RENEWAL,
                    Variable.RENEWAL_DECISION,
                    Variable.RENEWAL_COMMENT));

    /** The decision held by this sub-process of the model. */
    static SteeringReviewKind ofSubProcess(String activityId) {
        SteeringReviewKind kind = BY_SUB_PROCESS.get(activityId);
        if (kind == null) {
            throw new IllegalStateException("'" + activityId + "' is not a steering review of the model");
        }
        return kind;
    }

    /** The decision whose members answer in tasks of this id. */
    static SteeringReviewKind ofMemberTask(String taskKey) {
        return BY_SUB_PROCESS.values().stream()
                .filter(kind -> kind.memberTask().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("'" + taskKey + "' is not a steering member's task"));
    }

    /** The decision of this subject (the follow-ups share their variables). */
    static SteeringReviewKind of(SteeringSubject subject) {
        return BY_SUB_PROCESS.values().stream()
                .filter(kind -> kind.subject() == subject)
                .findFirst()
                .orElseThrow();
    }

    /** The ids of the tasks the members answer in. */
    static java.util.Set<String> memberTasks() {
        return java.util.Set.copyOf(BY_SUB_PROCESS.values().stream()
                .map(SteeringReviewKind::memberTask)
                .toList());
    }
}
