package se.medborgarlofte.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the group of an organisation that is a party to pledges, idempotently: the group with the organisation's
 * name and the same rights as the configured organisation groups (those of
 * {@code medborgarlofte.authorization.organisation-grants-like}, by default {@code forening}: Tasklist, the shared
 * filters, the measure process). Its members are added in Camunda Admin.
 */
@Component
public class WorkflowGroups {

    private final IdentityService identity;
    private final AuthorizationGrants grants;
    private final String grantsLike;
    private final CommandExecutor commands;

    WorkflowGroups(
            ProcessEngine engine,
            AuthorizationGrants grants,
            @Value("${medborgarlofte.authorization.organisation-grants-like:forening}") String grantsLike) {
        this.identity = engine.getIdentityService();
        this.grants = grants;
        this.grantsLike = grantsLike;
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** Whether a group with this id exists, whether or not the caller may see it. */
    public boolean exists(String groupId) {
        return commands.execute(context -> context.runWithoutAuthorization(
                () -> identity.createGroupQuery().groupId(groupId).count() > 0));
    }

    /**
     * Creates the group with the name unless it exists (an existing group keeps its name, e.g. {@code polis}'s), and
     * grants it the organisation groups' rights.
     */
    public void ensure(String groupId, String name) {
        asTheApplication(() -> {
            if (!exists(groupId)) {
                Group group = identity.newGroup(groupId);
                group.setType(Groups.GROUP_TYPE_WORKFLOW);
                group.setName(name);
                identity.saveGroup(group);
            }
            grants.grantLike(grantsLike, groupId);
        });
    }

    /** Gives the group a new name (its organisation was renamed). */
    public void rename(String groupId, String name) {
        asTheApplication(() -> {
            Group group = identity.createGroupQuery().groupId(groupId).singleResult();
            if (group != null && !name.equals(group.getName())) {
                group.setName(name);
                identity.saveGroup(group);
            }
        });
    }

    /**
     * The application, not the caller, creates the group and its grants (a coordinator has no right to create groups
     * in the engine); the API has checked that the caller may add organisations.
     */
    private void asTheApplication(Runnable work) {
        commands.execute(context -> context.runWithoutAuthorization(() -> {
            work.run();
            return null;
        }));
    }
}
