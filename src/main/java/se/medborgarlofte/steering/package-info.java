/**
 * The steering group's collective review of a follow-up: every member answers in a review task of their own, the
 * decision is taken when the quorum has answered or at the review deadline, and the consolidated decision with each
 * member's position goes into the case file and its minutes (protokoll). Uses {@code pledge} (the model's names),
 * {@code notification} (deadlines), {@code identity}, {@code casefile} and {@code system}.
 */
package se.medborgarlofte.steering;
