package se.medborgarlofte.casefile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The stages a pledge passes through, as the case file records them, with their Swedish names. */
public final class Stages {

    /** A stage's Swedish name, and what the timeline says when the stage starts (none for the first and the last). */
    private record Stage(String label, String started) {}

    private static final Map<String, Stage> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("registered", new Stage("Registrerat", null));
        STAGES.put("identify-need", new Stage("Identifiera behov", "Behovsanalysen påbörjades."));
        STAGES.put(
                "agree-with-police",
                new Stage("Överenskommelse med polisen", "Arbetet med överenskommelsen påbörjades."));
        STAGES.put("implement", new Stage("Genomförande", "Genomförandet påbörjades."));
        STAGES.put("follow-up", new Stage("Uppföljning", "Uppföljningen påbörjades."));
        STAGES.put("steering-review", new Stage("Styrgruppens granskning", "Styrgruppens granskning påbörjades."));
        STAGES.put(
                "revise-commitments",
                new Stage(
                        "Revidering av åtaganden",
                        "Styrgruppen beslutade att revidera åtagandena; revideringen påbörjades medan åtgärderna"
                                + " fortsätter."));
        STAGES.put(
                "final-follow-up",
                new Stage("Slutuppföljning", "Löftesperioden är slut; slutuppföljningen påbörjades."));
        STAGES.put(
                "final-steering-review",
                new Stage("Styrgruppens slutgranskning", "Styrgruppens slutgranskning påbörjades."));
        STAGES.put("conclude", new Stage("Återkoppling och avslut", "Återkoppling och avslut påbörjades."));
        STAGES.put("ended", new Stage("Avslutat", null));
    }

    private Stages() {}

    public static Set<String> keys() {
        return STAGES.keySet();
    }

    public static String label(String stage) {
        Stage known = STAGES.get(stage);
        return known == null ? stage : known.label();
    }

    /** What the timeline says when the stage starts; null for a stage a process element does not start. */
    public static String startedDescription(String stage) {
        Stage known = STAGES.get(stage);
        return known == null ? null : known.started();
    }
}
