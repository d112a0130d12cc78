package se.medborgarlofte.casefile;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the steering group decides collectively: a follow-up, the focus areas, or the renewal of a pledge. Each has its
 * decisions, in the order of how little they change (the tie-break): a follow-up continues as planned, the coordinator's
 * focus areas stand, a pledge whose period is over ends, unless a majority of those who answered decides otherwise.
 */
public enum SteeringSubject {
    FOLLOW_UP("follow-up", "granskning av uppföljningen", labels(SteeringDecision.values())),
    FOCUS_AREAS(
            "focus-areas",
            "fastställande av fokusområdena",
            labels("confirm", "fastställ fokusområdena", "send-back", "återremittera fokusområdena till samordnaren")),
    RENEWAL(
            "renewal",
            "beslut om förnyelse",
            labels("close", "avsluta medborgarlöftet", "renew", "förnya medborgarlöftet"));

    private final String id;
    private final String label;
    private final Map<String, String> decisions;

    SteeringSubject(String id, String label, Map<String, String> decisions) {
        this.id = id;
        this.label = label;
        this.decisions = decisions;
    }

    /** The value the case file keeps. */
    public String id() {
        return id;
    }

    /** What the steering group decides on, in the words of the minutes. */
    public String label() {
        return label;
    }

    /** The decisions, from the one that changes least to the one that changes most. */
    public List<String> decisions() {
        return List.copyOf(decisions.keySet());
    }

    /** A decision in the words of the minutes and the timeline; an unknown one as it is. */
    public String label(String decision) {
        return decisions.getOrDefault(decision, decision);
    }

    /** The subject with this id; a follow-up when none is recorded (decisions taken before subjects existed). */
    public static SteeringSubject of(String id) {
        return Arrays.stream(values())
                .filter(subject -> subject.id.equals(id))
                .findFirst()
                .orElse(FOLLOW_UP);
    }

    private static Map<String, String> labels(SteeringDecision... decisions) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (SteeringDecision decision : decisions) {
            labels.put(decision.id(), decision.label());
        }
        return labels;
    }

    private static Map<String, String> labels(String... idsAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int index = 0; index < idsAndLabels.length; index += 2) {
            labels.put(idsAndLabels[index], idsAndLabels[index + 1]);
        }
        return labels;
    }
}
