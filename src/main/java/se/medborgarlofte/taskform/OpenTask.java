package se.medborgarlofte.taskform;

import java.util.Set;

/** An open user task as the contract needs it: who may work it and where its form comes from. */
public record OpenTask(
        String id, String assignee, Set<String> candidateGroups, String processDefinitionId, String taskDefinitionKey) {

    /** Whether the user may take the task from its group: it is unassigned and one of the user's groups is a candidate. */
    public boolean claimableBy(Set<String> groups) {
        return assignee == null && groups.stream().anyMatch(candidateGroups::contains);
    }

    /** Whether the user may hand the task back to its group: it is theirs and the group is theirs too. */
    public boolean returnableBy(String user, Set<String> groups) {
        return user.equals(assignee) && groups.stream().anyMatch(candidateGroups::contains);
    }
}
