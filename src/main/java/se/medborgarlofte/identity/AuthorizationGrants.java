package se.medborgarlofte.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.springframework.stereotype.Component;

/** Creates the configured engine authorizations, adding missing permissions to grants that exist already. */
@Component
class AuthorizationGrants {

    private final AuthorizationService authorizations;
    private final AuthorizationProperties properties;

    AuthorizationGrants(AuthorizationService authorizations, AuthorizationProperties properties) {
        this.authorizations = authorizations;
        this.properties = properties;
    }

    void grantConfigured() {
        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        for (AuthorizationProperties.Grant grant : properties.grants()) {
            Resources resource = Resources.valueOf(grant.resource());
            Permission[] permissions = grant.permissions().stream()
                    .map(name -> ResourceTypeUtil.getPermissionByNameAndResourceType(name, resource.resourceType()))
                    .toArray(Permission[]::new);
            for (String group : grant.groups()) {
                grant(group, resource, grant.resourceId(), permissions);
            }
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = authorization.getId() == null;
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
