package se.medborgarlofte.casefile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The stages a pledge passes through, as the case file records them, with their Swedish names. */
public final class Stages {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("registered", "Registrerat");
        LABELS.put("identify-need", "Identifiera behov");
        LABELS.put("agree-with-police", "Överenskommelse med polisen");
        LABELS.put("implement", "Genomförande");
        LABELS.put("follow-up", "Uppföljning");
        LABELS.put("steering-review", "Styrgruppens granskning");
        LABELS.put("final-follow-up", "Slutuppföljning");
        LABELS.put("final-steering-review", "Styrgruppens slutgranskning");
        LABELS.put("conclude", "Återkoppling och avslut");
        LABELS.put("ended", "Avslutat");
    }

    private Stages() {
    }

    public static Set<String> keys() {
        return LABELS.keySet();
    }

    public static String label(String stage) {
        return LABELS.getOrDefault(stage, stage);
    }
}
