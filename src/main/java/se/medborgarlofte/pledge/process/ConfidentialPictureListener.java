package se.medborgarlofte.pledge.process;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.NeedRecords;

/**
 * Called when the coordinator's joint-picture task is created: shows the police situation picture in that task only,
 * as task-local variables read from the case file, so that no other group's task can read it.
 */
@Component
@RequiredArgsConstructor
public class ConfidentialPictureListener implements TaskListener {

    private final NeedRecords needs;

    @Override
    public void notify(DelegateTask task) {
        needs.situationPicture(task.getExecution().getProcessBusinessKey(), "police")
                .ifPresent(picture -> {
                    Map<String, Object> local = new HashMap<>();
                    local.put("policeWhat", picture.whatHappens());
                    local.put("policeWhere", picture.places());
                    local.put("policeWhen", picture.times());
                    local.put("policeFrequency", picture.frequency());
                    local.put("policeTrend", picture.trend());
                    local.put("staffDialogueFindings", picture.findings());
                    local.put("reportedCrimesBaseline", picture.reportedCrimesBaseline());
                    task.setVariablesLocal(local);
                });
    }
}
