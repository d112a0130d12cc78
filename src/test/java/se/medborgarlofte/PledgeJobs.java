package se.medborgarlofte;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;

/** The jobs the engine created for one pledge and its measures (the instances it called), read from the history. */
public final class PledgeJobs {

    private PledgeJobs() {}

    public static List<HistoricJobLog> created(HistoryService history, String pledgeInstanceId) {
        List<String> instances = new ArrayList<>(List.of(pledgeInstanceId));
        history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(pledgeInstanceId)
                .list()
                .forEach(measure -> instances.add(measure.getId()));
        List<HistoricJobLog> created = new ArrayList<>();
        for (String instance : instances) {
            created.addAll(history.createHistoricJobLogQuery()
                    .processInstanceId(instance)
                    .creationLog()
                    .list());
        }
        return created;
    }
}
