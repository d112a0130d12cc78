package se.medborgarlofte.pledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.medborgarlofte.pledge.PledgeProcess.Variable;

/**
 * What a renewed pledge inherits from the one it renews: the place, the parties, the situation pictures and the
 * commitments to carry over, and a period of the same length starting the day after the old one ends.
 */
public final class PledgeRenewal {

    /**
     * Variables copied as they are; the coordinator reviews them in the new pledge's own tasks. The police situation
     * picture is confidential and lives only in the case file: the police compile a new one.
     */
    static final List<String> CARRIED_OVER = List.of(
            Variable.PLEDGE_TITLE,
            Variable.AREA,
            Variable.AREA_DESCRIPTION,
            Variable.TARGET_GROUP,
            Variable.PARTIES,
            Variable.BACKGROUND,
            "municipalWhat",
            "municipalWhere",
            "municipalWhen",
            "municipalFrequency",
            "municipalTrend",
            "municipalSources",
            Variable.JOINT_SITUATION_PICTURE,
            Variable.PRIORITISED_PROBLEMS,
            Variable.PLEDGE_TEXT,
            Variable.COMMITMENTS);

    private PledgeRenewal() {}

    /** The start variables of the renewed pledge, given the variables of the pledge it renews. */
    public static Map<String, Object> startVariables(String registrationNumber, Map<String, ?> current) {
        Map<String, Object> next = new LinkedHashMap<>();
        for (String name : CARRIED_OVER) {
            if (current.get(name) != null) {
                next.put(name, current.get(name));
            }
        }
        PledgePeriod following = PledgePeriod.parse(
                        (String) current.get(Variable.PERIOD_START), (String) current.get(Variable.PERIOD_END))
                .following();
        next.put(Variable.PERIOD_START, following.firstDay().toString());
        next.put(Variable.PERIOD_END, following.lastDay().toString());
        next.put(Variable.RENEWED_FROM, registrationNumber);
        return next;
    }
}
