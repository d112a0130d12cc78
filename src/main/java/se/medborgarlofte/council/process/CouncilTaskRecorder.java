package se.medborgarlofte.council.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.casefile.TaskRecorder;
import se.medborgarlofte.council.CouncilDecision;
import se.medborgarlofte.council.CouncilProcess;
import se.medborgarlofte.council.CouncilRecords;
import se.medborgarlofte.system.FormValues;

/** Records the minutes and decisions of a council meeting. */
@Component
@RequiredArgsConstructor
public class CouncilTaskRecorder implements TaskRecorder {

    private final CouncilRecords council;

    @Override
    public Set<String> tasks() {
        return Set.of(CouncilProcess.HOLD_MEETING);
    }

    @Override
    public Map<String, Object> record(CompletedTask task) {
        FormValues values = task.values();
        council.recordMinutes(
                Long.parseLong(values.requiredText(CouncilProcess.MEETING_ID, "Möte")),
                values.date(CouncilProcess.HELD_ON, "Mötesdatum"),
                values.requiredText(CouncilProcess.ATTENDEES, "Närvarande", 2000),
                values.requiredText(CouncilProcess.MINUTES, "Protokoll", 4000),
                decisions(values),
                task.actor(),
                task.at());
        return Map.of();
    }

    private static List<CouncilDecision> decisions(FormValues values) {
        List<CouncilDecision> decisions = new ArrayList<>();
        for (JsonNode item : values.list(CouncilProcess.DECISIONS, "Beslut")) {
            String pledge = item.path("registrationNumber").asText("").trim();
            decisions.add(new CouncilDecision(
                    FormValues.withinLength(FormValues.requiredInRow(item, "decision", "Beslut"), "Beslut", 2000),
                    FormValues.withinLength(FormValues.requiredInRow(item, "responsible", "Ansvarig"), "Ansvarig", 200),
                    pledge.isEmpty() ? null : pledge,
                    FormValues.day(item.path("dueOn").asText("").trim(), "Klart senast")));
        }
        return decisions;
    }
}
