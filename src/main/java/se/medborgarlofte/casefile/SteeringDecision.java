package se.medborgarlofte.casefile;

import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;

/** The decisions a steering review ends in, from the one that changes least to the one that changes most. */
@RequiredArgsConstructor
public enum SteeringDecision {
    CONTINUE("continue", "fortsätt enligt plan"),
    REVISE("revise", "revidera åtagandena"),
    CLOSE("close", "avsluta medborgarlöftet");

    private final String id;
    private final String label;

    /** The value forms and process variables carry. */
    public String id() {
        return id;
    }

    /** The decision in the words of the minutes and the timeline. */
    public String label() {
        return label;
    }

    /** Every decision's id, from the one that changes least to the one that changes most. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(SteeringDecision::id).toList();
    }

    /** The label of a decision's id; an unknown id is shown as it is. */
    public static String label(String id) {
        return Arrays.stream(values())
                .filter(decision -> decision.id.equals(id))
                .findFirst()
                .map(SteeringDecision::label)
                .orElse(id);
    }
}
