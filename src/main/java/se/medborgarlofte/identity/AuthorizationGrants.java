package se.medborgarlofte.identity;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.springframework.stereotype.Component;

/**
 * Sets the configured engine authorizations: each configured grant gets exactly its permissions (permissions granted
 * earlier and no longer configured are taken away), and the per-task grants of candidates and assignees made before
 * the engine gave only the right to work a task are reduced to that right.
 */
@Component
@RequiredArgsConstructor
class AuthorizationGrants {

    private final AuthorizationService authorizations;
    private final AuthorizationProperties properties;

    /** Grants per-task rights in pages of this many at start-up. */
    static final int PAGE = 500;

    void grantConfigured() {
        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, false, Permissions.ALL);
        }
        Map<List<String>, Set<Permission>> configured = new LinkedHashMap<>();
        for (AuthorizationProperties.Grant grant : properties.grants()) {
            Resources resource = Resources.valueOf(grant.resource());
            for (String group : grant.groups()) {
                Set<Permission> permissions = configured.computeIfAbsent(
                        List.of(group, resource.name(), grant.resourceId()), key -> new LinkedHashSet<>());
                grant.permissions()
                        .forEach(name -> permissions.add(
                                ResourceTypeUtil.getPermissionByNameAndResourceType(name, resource.resourceType())));
            }
        }
        configured.forEach((key, permissions) -> grant(
                key.get(0), Resources.valueOf(key.get(1)), key.get(2), true, permissions.toArray(Permission[]::new)));
        reduceTaskGrantsToWork();
    }

    /**
     * Gives a group exactly the configured grants of another (an organisation's own group gets the rights of the
     * configured organisation groups). A group that is itself configured keeps its configured grants.
     */
    void grantLike(String template, String group) {
        if (template.equals(group)) {
            return;
        }
        for (AuthorizationProperties.Grant grant : properties.grants()) {
            if (grant.groups().contains(template) && !grant.groups().contains(group)) {
                Resources resource = Resources.valueOf(grant.resource());
                grant(
                        group,
                        resource,
                        grant.resourceId(),
                        true,
                        grant.permissions().stream()
                                .map(name -> ResourceTypeUtil.getPermissionByNameAndResourceType(
                                        name, resource.resourceType()))
                                .toArray(Permission[]::new));
            }
        }
    }

    /** Task grants of candidates and assignees from before TASK_WORK was the default: UPDATE becomes TASK_WORK. */
    private void reduceTaskGrantsToWork() {
        List<Authorization> updating;
        do {
            updating = authorizations
                    .createAuthorizationQuery()
                    .resourceType(Resources.TASK)
                    .authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .hasPermission(Permissions.UPDATE)
                    .listPage(0, PAGE)
                    .stream()
                    .filter(grant -> !Authorization.ANY.equals(grant.getResourceId()))
                    .toList();
            for (Authorization grant : updating) {
                grant.removePermission(Permissions.UPDATE);
                grant.addPermission(Permissions.TASK_WORK);
                authorizations.saveAuthorization(grant);
            }
        } while (updating.size() == PAGE);
    }

    private void grant(String group, Resource resource, String resourceId, boolean exactly, Permission... permissions) {
        Authorization authorization = authorizations
                .createAuthorizationQuery()
                .groupIdIn(group)
                .resourceType(resource)
                .resourceId(resourceId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = authorization.getId() == null;
        if (exactly) {
            List<Permission> wanted = List.of(permissions);
            for (Permission granted : ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType())) {
                if (granted.getValue() != Permissions.NONE.getValue()
                        && granted.getValue() != Permissions.ALL.getValue()
                        && !wanted.contains(granted)
                        && authorization.isPermissionGranted(granted)) {
                    authorization.removePermission(granted);
                    changed = true;
                }
            }
        }
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
