package se.medborgarlofte.casefile;

/**
 * The process variables every case's processes carry (the pledge's and its measures'), so that a task list can show
 * which case a task belongs to.
 */
public final class CaseVariables {

    public static final String REGISTRATION_NUMBER = "registrationNumber";
    public static final String PLEDGE_TITLE = "pledgeTitle";
    public static final String AREA = "area";

    private CaseVariables() {}
}
