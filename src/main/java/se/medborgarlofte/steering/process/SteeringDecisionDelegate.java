package se.medborgarlofte.steering.process;

import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.casefile.SteeringSubject;
import se.medborgarlofte.steering.Position;
import se.medborgarlofte.steering.ReviewRound;
import se.medborgarlofte.steering.SteeringProcess;
import se.medborgarlofte.steering.SteeringReviews;
import se.medborgarlofte.steering.SteeringVerdict;
import se.medborgarlofte.system.EngineContext;

/**
 * Takes the steering group's decision once the quorum has answered or the review time is over: consolidates the
 * members' positions, records the decision in the case file and gives it to the pledge, whose model acts on it: on a
 * follow-up continue, revise or close ({@code steeringDecision}), on the focus areas confirm or send back
 * ({@code focusAreasDecision}), on renewal renew or close ({@code renewalDecision}). Only this delegate writes those
 * variables; a member's answer stays in their own task.
 */
@Component
@RequiredArgsConstructor
public class SteeringDecisionDelegate implements JavaDelegate {

    /** The length of {@code steering_decision.comment}. */
    static final int DECISION_COMMENT_LENGTH = 2000;

    static final int STRING_VARIABLE_LENGTH = 4000;

    /** What happens when no member answered: the decision that changes least. */
    private static final Map<SteeringSubject, String> WITHOUT_ANSWERS = Map.of(
            SteeringSubject.FOLLOW_UP, "medborgarlöftet fortsätter enligt plan",
            SteeringSubject.FOCUS_AREAS, "fokusområdena fastställs som samordnaren föreslog",
            SteeringSubject.RENEWAL, "medborgarlöftet avslutas utan förnyelse");

    private final SteeringReviews reviews;

    @Override
    public void execute(DelegateExecution execution) {
        long reviewId = ((Number) execution.getVariable(SteeringProcess.REVIEW_ID)).longValue();
        ReviewRound round = reviews.round(reviewId);
        SteeringVerdict verdict = SteeringVerdict.of(round);
        String explanation = CaseEvents.truncate(explanation(round, verdict), DECISION_COMMENT_LENGTH);
        reviews.recordDecision(reviewId, verdict, explanation, EngineContext.now());
        // the draft and the feedback forms show the steering group's reasons; a string variable holds 4,000 characters
        SteeringReviewKind kind = SteeringReviewKind.of(round.subject());
        execution
                .getProcessInstance()
                .setVariable(
                        kind.commentVariable(),
                        CaseEvents.truncate(explanation + comments(round), STRING_VARIABLE_LENGTH));
        execution.getProcessInstance().setVariable(kind.decisionVariable(), verdict.decision());
    }

    /** How the decision came about, in the words of the minutes. */
    static String explanation(ReviewRound round, SteeringVerdict verdict) {
        if (verdict.answered() == 0) {
            return "Ingen av styrgruppens %d ledamöter svarade före granskningstidens slut; %s."
                    .formatted(round.members(), WITHOUT_ANSWERS.get(round.subject()));
        }
        String when = verdict.decidedWhen().equals("quorum")
                ? "Beslutet fattades när %d av %d ledamöter hade svarat (beslutförhet %d)."
                : "Beslutet fattades vid granskningstidens slut, när %d av %d ledamöter hade svarat (beslutförhet %d).";
        String text = when.formatted(verdict.answered(), round.members(), round.quorum());
        String dissent = round.positions().stream()
                .filter(position -> verdict.dissenters().contains(position.member()))
                .map(position -> reservation(round.subject(), position))
                .collect(Collectors.joining("; "));
        return dissent.isEmpty() ? text : text + " Reservation: " + dissent + ".";
    }

    private static String comments(ReviewRound round) {
        return round.positions().stream()
                .filter(Position::answered)
                .map(position -> "\n" + position.memberName() + ": " + position.comment())
                .collect(Collectors.joining());
    }

    private static String reservation(SteeringSubject subject, Position position) {
        return position.memberName() + " (för " + subject.label(position.decision()) + ")";
    }
}
