package se.medborgarlofte.cases.web;

import java.util.List;
import se.medborgarlofte.cases.CaseViews.DecisionView;
import se.medborgarlofte.cases.CaseViews.PledgeCase;
import se.medborgarlofte.cases.CaseViews.TimelineEvent;
import se.medborgarlofte.cases.document.EffectGoalChart;
import se.medborgarlofte.cases.document.IndicatorChart;
import se.medborgarlofte.citizeninput.CitizenInput;

/**
 * One case as its page shows it: the case as the visitor may see it, and, when they see the internal parts, its
 * timeline, its indicators as a chart and the citizens' input; the links to its documents (served by the API) and, for those who reach
 * Cockpit, to its running process instance.
 *
 * @param timeline null when the visitor does not see the timeline
 * @param citizenInput what citizens sent about the pledge; null when the visitor does not see it
 * @param cockpitLink null when the visitor does not reach Cockpit or the pledge's process has ended
 */
record CasePage(
        PledgeCase pledge,
        boolean internal,
        List<TimelineEvent> timeline,
        List<CitizenInput> citizenInput,
        String cockpitLink) {

    private static final String API = "/api/pledges/";

    public String number() {
        return pledge.summary().registrationNumber();
    }

    public IndicatorChart chart() {
        return IndicatorChart.of(pledge.followUps());
    }

    /** The effect goals with their charts; {@code idPrefix} keeps the charts' ids unique on the page. */
    public List<EffectGoalChart.ChartedGoal> effectGoals(String idPrefix) {
        return EffectGoalChart.charted(pledge.effectGoals(), idPrefix);
    }

    public String document(String extension) {
        return API + number() + "/document." + extension;
    }

    public String followUpReport(String extension) {
        return API + number() + "/follow-up-report." + extension;
    }

    /** The minutes of a collective decision; the others have none. */
    public String minutes(DecisionView decision, String extension) {
        return decision.decidedWhen() == null
                ? null
                : API + number() + "/decisions/" + decision.number() + "/minutes." + extension;
    }

    /** A timeline event's description, or its type where it has none. */
    public String describe(TimelineEvent event) {
        return event.description() == null || event.description().isBlank() ? event.type() : event.description();
    }
}
