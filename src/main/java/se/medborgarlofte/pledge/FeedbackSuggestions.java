package se.medborgarlofte.pledge;

import se.medborgarlofte.casefile.SteeringDecision;

/**
 * The steering group's decisions in the plain Swedish the citizens read: the suggestions a feedback task starts with,
 * which the coordinator may rewrite, and the decision recorded with the final feedback.
 */
public final class FeedbackSuggestions {

    private FeedbackSuggestions() {}

    /** The decision on a regular follow-up, in public words. */
    public static String decision(String decision) {
        return switch (steering(decision)) {
            case CONTINUE ->
                "Styrgruppen har gått igenom uppföljningen och beslutat att arbetet fortsätter enligt plan.";
            case REVISE -> "Styrgruppen har gått igenom uppföljningen och beslutat att åtagandena ska ändras.";
            case CLOSE -> "Styrgruppen har gått igenom uppföljningen och beslutat att avsluta medborgarlöftet.";
        };
    }

    /** What the decision on a regular follow-up changes, in public words. */
    public static String changes(String decision) {
        return switch (steering(decision)) {
            case CONTINUE -> "Inga ändringar: det vi lovat gäller som tidigare.";
            case REVISE ->
                "Polisen och kommunen ser över vad vi lovat. De ändrade åtagandena publiceras när båda har godkänt dem.";
            case CLOSE -> "Arbetet med medborgarlöftet avslutas. Vi återkommer med en slutlig återkoppling.";
        };
    }

    /** The decision that ends a pledge, in public words, as the final feedback records it. */
    public static String finalDecision(String decision) {
        return switch (steering(decision)) {
            case CLOSE -> "Styrgruppen har beslutat att avsluta medborgarlöftet.";
            case CONTINUE, REVISE ->
                "Löftesperioden är slut. Styrgruppen har följt upp hela perioden och gått igenom resultaten.";
        };
    }

    /** The decision's Swedish label with a capital, as forms show it (e.g. "Fortsätt enligt plan"). */
    public static String label(String decision) {
        String label = SteeringDecision.label(decision);
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static SteeringDecision steering(String decision) {
        for (SteeringDecision candidate : SteeringDecision.values()) {
            if (candidate.id().equals(decision)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Unknown steering decision " + decision);
    }
}
