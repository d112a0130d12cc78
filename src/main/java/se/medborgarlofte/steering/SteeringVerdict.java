package se.medborgarlofte.steering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.medborgarlofte.casefile.CaseRecords.Assessment;
import se.medborgarlofte.casefile.SteeringDecision;
import se.medborgarlofte.casefile.SteeringSubject;

/**
 * The steering group's consolidated decision from the members' positions.
 *
 * <p>The decision is the one most members who answered chose. A tie goes to the decision that changes least
 * (continue before revise before close): a pledge is not revised or closed without a majority of those who answered
 * for it. With no answer at all, the pledge continues as planned. The focus areas and the renewal are decided by the
 * same rule, each with its own decisions in the order of {@link SteeringSubject#decisions()}: the focus areas are
 * confirmed, and a pledge whose period is over ends, unless a majority of those who answered sends them back or
 * renews it. Each commitment gets the assessment most members
 * gave it; a tie goes to the graver one (not met before at risk before on track), so that a warning is not lost.
 *
 * @param decidedWhen {@code quorum} when enough members had answered, {@code deadline} when the review time ran out
 * @param dissenters  the members who answered for another decision (their reservation is in the minutes)
 */
public record SteeringVerdict(
        String decision, List<Assessment> assessments, String decidedWhen, long answered, List<String> dissenters) {

    /** The decisions on a follow-up in order of how little they change, the tie-break. */
    public static final List<String> DECISIONS = SteeringDecision.ids();
    /** The assessments from the gravest, the tie-break. */
    public static final List<String> ASSESSMENTS = List.of("not-met", "at-risk", "on-track");

    public static SteeringVerdict of(ReviewRound round) {
        List<Position> answers =
                round.positions().stream().filter(Position::answered).toList();
        String decision = mostChosen(
                answers.stream().map(Position::decision).toList(),
                round.subject().decisions());
        List<String> dissenters = answers.stream()
                .filter(position -> !position.decision().equals(decision))
                .map(Position::member)
                .toList();
        return new SteeringVerdict(
                decision,
                assessments(answers),
                answers.size() >= round.quorum() ? "quorum" : "deadline",
                answers.size(),
                dissenters);
    }

    private static List<Assessment> assessments(List<Position> answers) {
        Map<String, List<String>> byPromise = new LinkedHashMap<>();
        for (Position position : answers) {
            for (Assessment assessment : position.assessments()) {
                byPromise
                        .computeIfAbsent(assessment.promise(), key -> new ArrayList<>())
                        .add(assessment.assessment());
            }
        }
        List<Assessment> consolidated = new ArrayList<>();
        byPromise.forEach(
                (promise, given) -> consolidated.add(new Assessment(promise, mostChosen(given, ASSESSMENTS))));
        return consolidated;
    }

    /** The most frequent choice; among equally frequent ones the first in {@code order}; the first of all when none. */
    private static String mostChosen(List<String> choices, List<String> order) {
        String best = order.get(0);
        long bestCount = 0;
        for (String option : order) {
            long count = choices.stream().filter(option::equals).count();
            if (count > bestCount) {
                best = option;
                bestCount = count;
            }
        }
        return best;
    }
}
