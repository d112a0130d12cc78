package se.medborgarlofte.council;

/** Names shared by {@code bpmn/tryggare-radet.bpmn}, its form and the code that drives it. */
public final class CouncilProcess {

    public static final String KEY = "tryggare-radet";
    public static final String MONTH_BEGINS = "council-month-begins";
    public static final String PREPARE_AGENDA = "prepare-council-agenda";
    public static final String HOLD_MEETING = "hold-council-meeting";

    /** Written by code: the meeting's id in the case file. */
    public static final String MEETING_ID = "councilMeetingId";
    /** Written by code: the agenda as text, shown in the meeting's task. */
    public static final String AGENDA = "councilAgenda";
    /** Written by code: the month of the meeting ({@code 2027-02}). */
    public static final String MONTH = "councilMonth";

    public static final String HELD_ON = "meetingDate";
    public static final String ATTENDEES = "attendees";
    public static final String MINUTES = "meetingMinutes";
    public static final String DECISIONS = "councilDecisions";

    private CouncilProcess() {}
}
