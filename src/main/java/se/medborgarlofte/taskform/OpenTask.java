package se.medborgarlofte.taskform;

import java.util.Set;

/** An open user task as the contract needs it: who may work it and where its form comes from. */
public record OpenTask(
        String id, String assignee, Set<String> candidateGroups, String processDefinitionId, String taskDefinitionKey) {

    /** Whether one of the user's groups is a candidate group of the task. */
    public boolean offeredTo(Set<String> groups) {
        return groups.stream().anyMatch(candidateGroups::contains);
    }

    /** Whether the user may take the task from its group: it is unassigned and offered to one of the user's groups. */
    public boolean claimableBy(Set<String> groups) {
        return assignee == null && offeredTo(groups);
    }

    /** Whether the user may hand the task back to its group: it is theirs and the group is theirs too. */
    public boolean returnableBy(String user, Set<String> groups) {
        return user.equals(assignee) && offeredTo(groups);
    }
}
