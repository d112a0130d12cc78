package se.medborgarlofte.casefile.process;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.casefile.ConfiguredIndicators;
import se.medborgarlofte.casefile.EffectGoalRecords;
import se.medborgarlofte.casefile.EffectGoalRules;
import se.medborgarlofte.casefile.FollowUpRecords;
import se.medborgarlofte.casefile.NeedRecords;
import se.medborgarlofte.casefile.PledgeRegister;
import se.medborgarlofte.casefile.PublicFeedbackRecords;
import se.medborgarlofte.casefile.RevisionRecords;
import se.medborgarlofte.citizeninput.process.CitizenInputTaskRecorder;
import se.medborgarlofte.council.CouncilRecords;
import se.medborgarlofte.council.process.CouncilTaskRecorder;
import se.medborgarlofte.measure.process.MeasureRoutedListener;
import se.medborgarlofte.measure.process.MeasureTaskRecorder;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.pledge.process.AgreementTaskRecorder;
import se.medborgarlofte.pledge.process.CoSignerTaskListener;
import se.medborgarlofte.pledge.process.CoSignerTaskRecorder;
import se.medborgarlofte.pledge.process.ConfidentialPictureListener;
import se.medborgarlofte.pledge.process.FollowUpTaskRecorder;
import se.medborgarlofte.pledge.process.IndicatorChoicesListener;
import se.medborgarlofte.pledge.process.NeedTaskRecorder;
import se.medborgarlofte.pledge.process.OrganisationChoicesListener;
import se.medborgarlofte.pledge.process.PledgeConcludedListener;
import se.medborgarlofte.pledge.process.PledgeStageListener;
import se.medborgarlofte.revision.process.RevisionTaskRecorder;
import se.medborgarlofte.steering.SteeringReviews;
import se.medborgarlofte.steering.process.ReviewTaskRecorder;
import se.medborgarlofte.system.CaseCalendar;

/** Builds the case-file listener and every feature's task recorder for an engine without an application context. */
public final class CaseFileListeners {

    private CaseFileListeners() {}

    public static void register(
            Map<Object, Object> beans,
            JdbcClient jdbc,
            CaseEvents events,
            PledgeRegister register,
            CommitmentRecords commitments,
            FollowUpRecords followUps,
            SteeringReviews reviews,
            CouncilRecords council) {
        NeedRecords needs = new NeedRecords(jdbc, events);
        // reads only: the process tests put their organisations into the case file themselves
        Organisations organisations = new Organisations(jdbc, null);
        beans.put("organisationChoicesListener", new OrganisationChoicesListener(organisations));
        beans.put("indicatorChoicesListener", new IndicatorChoicesListener(ConfiguredIndicators.catalogue()));
        beans.put("coSignerTaskListener", new CoSignerTaskListener(organisations));
        beans.put(
                "caseFileTaskListener",
                listener(
                        organisations,
                        needs,
                        register,
                        commitments,
                        followUps,
                        reviews,
                        council,
                        events,
                        new PublicFeedbackRecords(jdbc, events),
                        effectGoals(jdbc, events),
                        new RevisionRecords(jdbc, events)));
        beans.put("pledgeStageListener", new PledgeStageListener(register, commitments));
        beans.put("pledgeConcludedListener", new PledgeConcludedListener(register));
        beans.put("measureRoutedListener", new MeasureRoutedListener(commitments));
        beans.put("confidentialPictureListener", new ConfidentialPictureListener(needs));
    }

    /** The effect goals' records on the catalogue that application.yaml configures. */
    public static EffectGoalRecords effectGoals(JdbcClient jdbc, CaseEvents events) {
        return new EffectGoalRecords(jdbc, events, ConfiguredIndicators.catalogue());
    }

    /** The listener with every recorder of the application (all null-safe to build: tests of dispatch pass nulls). */
    public static CaseFileTaskListener listener(
            Organisations organisations,
            NeedRecords needs,
            PledgeRegister register,
            CommitmentRecords commitments,
            FollowUpRecords followUps,
            SteeringReviews reviews,
            CouncilRecords council,
            CaseEvents events,
            PublicFeedbackRecords publicFeedback,
            EffectGoalRecords effectGoals,
            RevisionRecords revisions) {
        CaseCalendar calendar = new CaseCalendar(ZoneId.of("Europe/Stockholm"));
        EffectGoalRules goalRules = new EffectGoalRules(ConfiguredIndicators.catalogue());
        return new CaseFileTaskListener(List.of(
                new NeedTaskRecorder(needs),
                new AgreementTaskRecorder(register, commitments, calendar, effectGoals, goalRules, organisations),
                new CoSignerTaskRecorder(commitments, organisations),
                new FollowUpTaskRecorder(register, followUps, publicFeedback, effectGoals, goalRules, calendar),
                new ReviewTaskRecorder(reviews, events),
                new MeasureTaskRecorder(commitments, events),
                new CouncilTaskRecorder(council),
                new CitizenInputTaskRecorder(null, events),
                new RevisionTaskRecorder(revisions, organisations)));
    }
}
