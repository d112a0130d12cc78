package se.medborgarlofte.citizeninput.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.citizeninput.CitizenInput;
import se.medborgarlofte.citizeninput.CitizenInputProcess;
import se.medborgarlofte.citizeninput.CitizenInputRecords;
import se.medborgarlofte.system.CaseCalendar;

/**
 * Brings the citizens' input that the coordinator chose to take into the next follow-up into that follow-up's task.
 * When the task is created it lists them, read-only, with the coordinator's note (never the citizen's own text, which
 * is cleared after the retention period while the task's history stays); when it is completed, after the case file
 * has recorded the follow-up, the inputs it listed are marked as taken into that follow-up, so the next one and the
 * council's agenda no longer count them. Input handled while the task was open waits for the next follow-up.
 */
@Component
@RequiredArgsConstructor
public class FollowUpCitizenInputListener implements TaskListener {

    private static final int NOTE_LENGTH = 400;
    /** A string variable's 4,000 characters, less room for the closing line. */
    private static final int ROOM = 3_850;

    static final String NONE = "Inga synpunkter från medborgare har tagits med sedan förra uppföljningen.";

    private final CitizenInputRecords inputs;
    private final CaseEvents events;
    private final CaseCalendar calendar;

    @Override
    public void notify(DelegateTask task) {
        long pledgeId = events.pledgeId(task.getExecution().getProcessBusinessKey());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            List<CitizenInput> listed =
                    inputs.forNextFollowUp(pledgeId, task.getCreateTime().toInstant());
            task.setVariableLocal(CitizenInputProcess.FOR_FOLLOW_UP, describe(listed));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            inputs.takeIntoLatestFollowUp(pledgeId, task.getCreateTime().toInstant());
        }
    }

    /**
     * One line per input: its number, when it came in and was handled, and the coordinator's note (shortened). A
     * process variable holds at most 4,000 characters, so a very long list ends with how many more the case page has.
     */
    String describe(List<CitizenInput> listed) {
        if (listed.isEmpty()) {
            return NONE;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < listed.size(); i++) {
            CitizenInput input = listed.get(i);
            String line = "Nr %d, inkom %s, hanterad %s: %s\n"
                    .formatted(
                            input.id(),
                            calendar.day(input.receivedAt()),
                            calendar.day(input.handledAt()),
                            CaseEvents.truncate(input.handlingNote(), NOTE_LENGTH));
            if (text.length() + line.length() > ROOM) {
                text.append("… och ")
                        .append(listed.size() - i)
                        .append(" till; alla står under Synpunkter från medborgare på ärendets sida.");
                break;
            }
            text.append(line);
        }
        return text.toString().strip();
    }
}
