package se.medborgarlofte.citizeninput;

import java.util.Set;

/** Names shared by {@code bpmn/medborgarsynpunkt.bpmn}, its form and the code that drives it. */
public final class CitizenInputProcess {

    public static final String KEY = "medborgarsynpunkt";
    public static final String HANDLE = "handle-citizen-input";

    /** Written by code: the input's id in the case file. */
    public static final String INPUT_ID = "citizenInputId";
    /** Written by code, shown read-only: what the citizen wrote, where, and the address for an answer (or none). */
    public static final String WHAT = "citizenInputWhat";

    public static final String WHERE = "citizenInputWhere";
    public static final String EMAIL = "citizenInputEmail";

    /** The coordinator's choice: {@code answered}, {@code forwarded} or {@code next-follow-up}. */
    public static final String HANDLING = "citizenInputHandling";

    public static final String NOTE = "citizenInputNote";

    /**
     * Written by code into the pledge's follow-up tasks, shown read-only: the input taken into that follow-up, with the
     * coordinator's notes.
     */
    public static final String FOR_FOLLOW_UP = "citizenInputForFollowUp";

    public static final Set<String> HANDLINGS = Set.of("answered", "forwarded", "next-follow-up");

    private CitizenInputProcess() {}
}
