package se.medborgarlofte.citizeninput.process;

import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.casefile.TaskRecorder;
import se.medborgarlofte.citizeninput.CitizenInputProcess;
import se.medborgarlofte.system.FormValues;

/**
 * Records how the coordinator handled a citizen's input (answered, forwarded, or taken into the next follow-up), with
 * a timeline event that names the choice but not what the citizen wrote; the citizen's text and address then leave
 * the process.
 */
@Component
@RequiredArgsConstructor
public class CitizenInputTaskRecorder implements TaskRecorder {

    static final Map<String, String> HANDLED = Map.of(
            "answered", "besvarad",
            "forwarded", "vidarebefordrad",
            "next-follow-up", "tas med i nästa uppföljning");

    private final JdbcClient jdbc;
    private final CaseEvents events;

    @Override
    public Set<String> tasks() {
        return Set.of(CitizenInputProcess.HANDLE);
    }

    @Override
    public Map<String, Object> record(CompletedTask task) {
        FormValues values = task.values();
        long id = Long.parseLong(values.requiredText(CitizenInputProcess.INPUT_ID, "Synpunkt"));
        String handling = values.choice(CitizenInputProcess.HANDLING, "Hantering", CitizenInputProcess.HANDLINGS);
        String note = values.requiredText(CitizenInputProcess.NOTE, "Anteckning", 2000);
        jdbc.sql("""
                UPDATE citizen_input SET status = ?, handled_by = ?, handled_at = ?, handling_note = ? WHERE id = ?""")
                .params(handling, task.actor(), CaseEvents.timestamp(task.at()), note, id)
                .update();
        events.append(
                events.pledgeId(task.pledge()),
                "citizen-input-handled",
                "Synpunkt nr " + id + " från en medborgare är " + HANDLED.get(handling) + ".",
                task.actor(),
                task.at());
        return Map.of();
    }

    @Override
    public List<String> confidentialAfter(String taskKey) {
        return List.of(CitizenInputProcess.WHAT, CitizenInputProcess.WHERE, CitizenInputProcess.EMAIL);
    }
}
