package se.medborgarlofte.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
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

    WorkflowGroups(
            IdentityService identity,
            AuthorizationGrants grants,
            @Value("${medborgarlofte.authorization.organisation-grants-like:forening}") String grantsLike) {
        this.identity = identity;
        this.grants = grants;
        this.grantsLike = grantsLike;
    }

    /** Whether a group with this id exists. */
    public boolean exists(String groupId) {
        return identity.createGroupQuery().groupId(groupId).count() > 0;
    }

    /** Creates the group, or gives an existing one the name; and grants it the organisation groups' rights. */
    public void ensure(String groupId, String name) {
        Group group = identity.createGroupQuery().groupId(groupId).singleResult();
        if (group == null) {
            group = identity.newGroup(groupId);
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            group.setName(name);
            identity.saveGroup(group);
        } else if (!name.equals(group.getName())) {
            group.setName(name);
            identity.saveGroup(group);
        }
        grants.grantLike(grantsLike, groupId);
    }
}
