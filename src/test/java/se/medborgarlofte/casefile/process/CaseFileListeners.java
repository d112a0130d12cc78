package se.medborgarlofte.casefile.process;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.casefile.FollowUpRecords;
import se.medborgarlofte.casefile.NeedRecords;
import se.medborgarlofte.casefile.PledgeRegister;
import se.medborgarlofte.council.CouncilRecords;
import se.medborgarlofte.steering.SteeringReviews;

/** Builds the case-file listeners for an engine without an application context (the process tests). */
public final class CaseFileListeners {

    private CaseFileListeners() {
    }

    public static void register(Map<Object, Object> beans, JdbcClient jdbc, CaseEvents events, PledgeRegister register,
                                CommitmentRecords commitments, FollowUpRecords followUps, SteeringReviews reviews, CouncilRecords council) {
        NeedRecords needs = new NeedRecords(jdbc, events);
        TaskCompletionRecorder recorder = new TaskCompletionRecorder(register, needs, commitments,
                followUps, reviews, council, events);
        beans.put("caseFileTaskListener", new CaseFileTaskListener(recorder));
        beans.put("pledgeStageListener", new PledgeStageListener(register, commitments));
        beans.put("pledgeConcludedListener", new PledgeConcludedListener(register));
        beans.put("measureRoutedListener", new MeasureRoutedListener(commitments));
        beans.put("confidentialPictureListener", new ConfidentialPictureListener(needs));
    }
}
