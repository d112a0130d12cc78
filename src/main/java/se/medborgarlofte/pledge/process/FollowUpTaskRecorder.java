package se.medborgarlofte.pledge.process;

import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.casefile.CaseRecords.FollowUp;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.casefile.FollowUpRecords;
import se.medborgarlofte.casefile.PledgeRegister;
import se.medborgarlofte.casefile.TaskRecorder;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.system.FormValues;

/** Records the follow-ups the coordinator compiles, the feedback to the citizens and the decision on renewal. */
@Component
@RequiredArgsConstructor
public class FollowUpTaskRecorder implements TaskRecorder {

    private final PledgeRegister register;
    private final FollowUpRecords followUps;
    private final CaseEvents events;

    @Override
    public Set<String> tasks() {
        return Set.of(
                Element.COMPILE_FOLLOW_UP,
                Element.COMPILE_FINAL_FOLLOW_UP,
                Element.GIVE_FEEDBACK_TO_CITIZENS,
                Element.DECIDE_RENEWAL);
    }

    @Override
    public Map<String, Object> record(CompletedTask task) {
        FormValues values = task.values();
        switch (task.key()) {
            case Element.COMPILE_FOLLOW_UP ->
                followUps.recordFollowUp(task.pledge(), followUp("periodic", values), task.actor(), task.at());
            case Element.COMPILE_FINAL_FOLLOW_UP ->
                followUps.recordFollowUp(task.pledge(), followUp("final", values), task.actor(), task.at());
            case Element.GIVE_FEEDBACK_TO_CITIZENS ->
                register.recordFeedback(
                        task.pledge(),
                        values.date("feedbackOn", "Datum"),
                        values.requiredText("feedbackSummary", "Återkopplingen"),
                        task.actor(),
                        task.at());
            default ->
                events.append(
                        events.pledgeId(task.pledge()),
                        "renewal-decision",
                        ("renew".equals(values.requiredText(Variable.RENEWAL_DECISION, "Beslut"))
                                        ? "Styrgruppen beslutade att förnya medborgarlöftet: "
                                        : "Styrgruppen beslutade att avsluta medborgarlöftet: ")
                                + values.text("renewalComment"),
                        task.actor(),
                        task.at());
        }
        return Map.of();
    }

    private static FollowUp followUp(String kind, FormValues values) {
        return new FollowUp(
                kind,
                values.decimal("safetyIndex", "Trygghetsindex"),
                values.decimal("shareFeelingUnsafe", "Andel otrygga"),
                values.decimal("shareVictimised", "Andel utsatta"),
                values.requiredWhole("reportedCrimes", "Anmälda brott"),
                values.requiredWhole("activityParticipants", "Deltagare i aktiviteter"),
                values.requiredText("reportedCrimesContext", "Sammanhang för anmälda brott"),
                values.requiredText("followUpAssessment", "Samlad bedömning"));
    }
}
