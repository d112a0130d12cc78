package se.medborgarlofte.identity;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates what is missing at start-up: the organisation groups, the administrator, the demo users (when enabled),
 * the shared Tasklist filters and the configured authorizations. Existing users and groups are left as they are, passwords included.
 */
@Component
@Order(1)
@RequiredArgsConstructor
class IdentitySeeder implements ApplicationRunner {

    static final String ADMIN_USER = "admin";

    private final IdentityService identity;
    private final IdentityProperties properties;
    private final TasklistFilters filters;
    private final AuthorizationGrants grants;

    @Override
    public void run(ApplicationArguments args) {
        requireSafeAdminPassword();
        for (OrganisationGroup group : OrganisationGroup.values()) {
            ensureGroup(group.id(), group.displayName(), Groups.GROUP_TYPE_WORKFLOW);
        }
        ensureGroup(Groups.CAMUNDA_ADMIN, "Systemadministratörer", Groups.GROUP_TYPE_SYSTEM);
        ensureUser(
                ADMIN_USER,
                "Systemadministratör",
                "",
                "admin@medborgarlofte.se",
                properties.adminPassword(),
                Groups.CAMUNDA_ADMIN);
        if (properties.demoUsers()) {
            if (isBlank(properties.demoPassword())) {
                throw new IllegalStateException(
                        "medborgarlofte.identity.demo-password must be set when demo users are enabled");
            }
            for (DemoUser user : DemoUser.values()) {
                ensureUser(
                        user.id(),
                        user.firstName(),
                        user.lastName(),
                        user.email(),
                        properties.demoPassword(),
                        user.groupId());
            }
        }
        filters.ensureSharedFilters();
        grants.grantConfigured();
    }

    /** Outside the demo, the administrator's password must be set and must not be the published demo password. */
    private void requireSafeAdminPassword() {
        if (properties.demoUsers()) {
            return;
        }
        if (isBlank(properties.adminPassword())) {
            throw new IllegalStateException(
                    "Set medborgarlofte.identity.admin-password (MEDBORGARLOFTE_IDENTITY_ADMINPASSWORD): "
                            + "the application does not start without an administrator password outside the demo profile");
        }
        if (properties.adminPassword().equals(IdentityProperties.DEMO_DEFAULT_PASSWORD)) {
            throw new IllegalStateException(
                    "medborgarlofte.identity.admin-password is the published demo password; choose another");
        }
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void ensureUser(
            String id, String firstName, String lastName, String email, String password, String groupId) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(password);
            identity.saveUser(user);
        }
        if (identity.createGroupQuery().groupMember(id).groupId(groupId).count() == 0) {
            identity.createMembership(id, groupId);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
