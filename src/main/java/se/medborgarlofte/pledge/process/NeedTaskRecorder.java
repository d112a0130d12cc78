package se.medborgarlofte.pledge.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseRecords.CitizenDialogue;
import se.medborgarlofte.casefile.CaseRecords.Problem;
import se.medborgarlofte.casefile.CaseRecords.SituationPicture;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.casefile.NeedRecords;
import se.medborgarlofte.casefile.TaskRecorder;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.system.FormValues;

/**
 * Records the tasks of "identify the need": the situation pictures, the citizen dialogue, the joint picture. The
 * steering members' answers on the focus areas are recorded by {@code steering} as positions in a review.
 */
@Component
@RequiredArgsConstructor
public class NeedTaskRecorder implements TaskRecorder {

    /** The police situation picture (places and persons): kept in the case file, not in the process's variables. */
    static final List<String> POLICE_PICTURE = List.of(
            "policeWhat",
            "policeWhere",
            "policeWhen",
            "policeFrequency",
            "policeTrend",
            "staffDialogueFindings",
            "reportedCrimesBaseline");

    private final NeedRecords needs;

    @Override
    public Set<String> tasks() {
        return Set.of(
                Element.COMPILE_POLICE_SITUATION_PICTURE,
                Element.COMPILE_MUNICIPAL_SITUATION_PICTURE,
                Element.HOLD_CITIZEN_DIALOGUE,
                Element.COMPILE_JOINT_SITUATION_PICTURE);
    }

    @Override
    public Map<String, Object> record(CompletedTask task) {
        FormValues values = task.values();
        switch (task.key()) {
            case Element.COMPILE_POLICE_SITUATION_PICTURE ->
                needs.recordSituationPicture(
                        task.pledge(),
                        situationPicture("police", "police", "staffDialogueFindings", values),
                        task.actor(),
                        task.at());
            case Element.COMPILE_MUNICIPAL_SITUATION_PICTURE ->
                needs.recordSituationPicture(
                        task.pledge(),
                        situationPicture("municipality", "municipal", "municipalSources", values),
                        task.actor(),
                        task.at());
            case Element.HOLD_CITIZEN_DIALOGUE ->
                needs.recordCitizenDialogue(
                        task.pledge(),
                        new CitizenDialogue(
                                values.requiredText("dialogueMethod", "Metod"),
                                values.date("dialogueStart", "Dialogens startdatum"),
                                values.date("dialogueEnd", "Dialogens slutdatum"),
                                values.requiredWhole("dialogueParticipants", "Antal deltagare"),
                                values.requiredText("dialogueConcerns", "Vad som oroar medborgarna")),
                        task.actor(),
                        task.at());
            default ->
                needs.recordJointPicture(
                        task.pledge(),
                        values.requiredText(Variable.JOINT_SITUATION_PICTURE, "Gemensam lägesbild"),
                        problems(values),
                        task.actor(),
                        task.at());
        }
        return Map.of();
    }

    @Override
    public List<String> confidentialAfter(String taskKey) {
        return taskKey.equals(Element.COMPILE_POLICE_SITUATION_PICTURE) ? POLICE_PICTURE : List.of();
    }

    private static SituationPicture situationPicture(String source, String prefix, String findings, FormValues values) {
        return new SituationPicture(
                source,
                values.requiredText(prefix + "What", "Vad som händer"),
                values.requiredText(prefix + "Where", "Platser"),
                values.requiredText(prefix + "When", "När"),
                values.requiredText(prefix + "Frequency", "Hur ofta"),
                values.requiredText(prefix + "Trend", "Trend"),
                values.text(findings),
                source.equals("police") ? values.whole("reportedCrimesBaseline", "Anmälda brott") : null);
    }

    private static List<Problem> problems(FormValues values) {
        List<Problem> problems = new ArrayList<>();
        for (JsonNode item : values.list(Variable.PRIORITISED_PROBLEMS, "Prioriterade problem")) {
            problems.add(new Problem(
                    FormValues.requiredInRow(item, "problem", "Problem"),
                    FormValues.requiredInRow(item, "place", "Plats"),
                    FormValues.requiredInRow(item, "causeAnalysis", "Orsaksanalys")));
        }
        return problems;
    }
}
