package se.medborgarlofte.casefile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a feature writes its completed user tasks into the case file. The case file's task listener, called when any
 * user task completes, hands each task to the one recorder that names its key, inside the engine's transaction.
 */
public interface TaskRecorder {

    /** The keys (BPMN ids) of the user tasks this recorder writes. */
    Set<String> tasks();

    /** Writes the task's entry; returns the process variables the entry changes (e.g. commitments with their ids). */
    Map<String, Object> record(CompletedTask task);

    /** Variables that must leave the process once the task is recorded, because other groups' tasks could read them. */
    default List<String> confidentialAfter(String taskKey) {
        return List.of();
    }
}
