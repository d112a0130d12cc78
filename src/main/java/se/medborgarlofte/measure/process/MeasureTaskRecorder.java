package se.medborgarlofte.measure.process;

import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.casefile.TaskRecorder;
import se.medborgarlofte.measure.MeasureProcess.Element;
import se.medborgarlofte.measure.MeasureProcess.Variable;
import se.medborgarlofte.system.FormValues;

/**
 * Records a measure's tasks on its commitment: planned, closed, an overdue measure handled. Occurrence reports are
 * recorded by {@link OccurrenceReportListener}, which also keeps the measure's log.
 */
@Component
@RequiredArgsConstructor
public class MeasureTaskRecorder implements TaskRecorder {

    private final CommitmentRecords commitments;
    private final CaseEvents events;

    @Override
    public Set<String> tasks() {
        return Set.of(
                Element.PLAN_MEASURE, Element.REPORT_OCCURRENCE, Element.CLOSE_MEASURE, Element.HANDLE_OVERDUE_MEASURE);
    }

    @Override
    public Map<String, Object> record(CompletedTask task) {
        FormValues values = task.values();
        switch (task.key()) {
            case Element.PLAN_MEASURE ->
                forMeasure(
                        values,
                        id -> events.append(
                                events.pledgeId(task.pledge()),
                                "measure-planned",
                                "Åtgärden planerades: " + values.text(Variable.PROMISE),
                                task.actor(),
                                task.at()));
            case Element.CLOSE_MEASURE ->
                forMeasure(
                        values,
                        id -> commitments.closeMeasure(
                                id,
                                values.requiredText(Variable.MEASURE_OUTCOME, "Resultat"),
                                values.requiredText(Variable.OUTCOME_REASON, "Motivering"),
                                task.actor(),
                                task.at()));
            case Element.HANDLE_OVERDUE_MEASURE ->
                forMeasure(
                        values,
                        id -> commitments.recordOverdueHandling(
                                id,
                                values.requiredText("overdueAction", "Vad du har gjort"),
                                values.requiredText("overdueNote", "Anteckning"),
                                task.actor(),
                                task.at()));
            default -> {
                // an occurrence report: recorded by OccurrenceReportListener, which parses the occurrence
            }
        }
        return Map.of();
    }

    /** Measure tasks refer to their commitment; a measure run without a pledge (only in isolated tests) has none. */
    private static void forMeasure(FormValues values, LongConsumer entry) {
        String id = values.text(Variable.COMMITMENT_ID);
        if (id != null) {
            entry.accept(Long.parseLong(id));
        }
    }
}
