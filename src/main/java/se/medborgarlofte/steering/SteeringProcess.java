package se.medborgarlofte.steering;

/**
 * The variables of a steering review in {@code bpmn/medborgarlofte.bpmn}: those of the review, local to its
 * sub-process, and those of one member's answer, local to that member's task.
 */
public final class SteeringProcess {

    /** The members asked to review, one task each (JSON list of user ids). */
    public static final String REVIEWERS = "reviewers";
    /** How many answers the decision waits for. */
    public static final String REVIEW_QUORUM = "reviewQuorum";
    /** When the decision is taken even without the quorum. */
    public static final String REVIEW_DEADLINE = "reviewDeadline";
    /** The review's id in the case file. */
    public static final String REVIEW_ID = "steeringReviewId";
    /** The member whose review task it is (the task's assignee). */
    public static final String REVIEWER_ID = "reviewerId";
    /** A member's proposed decision, as the review form submits it. */
    public static final String REVIEWER_DECISION = "reviewerDecision";
    /** A member's comment, as the review form submits it. */
    public static final String REVIEWER_COMMENT = "reviewerComment";

    private SteeringProcess() {}
}
