package se.medborgarlofte.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates what is missing at start-up: the organisation groups, the administrator, the demo users (when enabled)
 * and the shared Tasklist filters. Existing users and groups are left as they are, passwords included.
 */
@Component
@Order(1)
class IdentitySeeder implements ApplicationRunner {

    static final String ADMIN_USER = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(IdentitySeeder.class);

    private final IdentityService identity;
    private final IdentityProperties properties;
    private final TasklistFilters filters;

    IdentitySeeder(IdentityService identity, IdentityProperties properties, TasklistFilters filters) {
        this.identity = identity;
        this.properties = properties;
        this.filters = filters;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (OrganisationGroup group : OrganisationGroup.values()) {
            ensureGroup(group.id(), group.displayName(), Groups.GROUP_TYPE_WORKFLOW);
        }
        ensureGroup(Groups.CAMUNDA_ADMIN, "Systemadministratörer", Groups.GROUP_TYPE_SYSTEM);
        if (isBlank(properties.adminPassword())) {
            LOG.warn("medborgarlofte.identity.admin-password is not set: no administrator user is created");
        } else {
            ensureUser(ADMIN_USER, "Systemadministratör", "", "admin@medborgarlofte.se", properties.adminPassword(), Groups.CAMUNDA_ADMIN);
        }
        if (properties.demoUsers()) {
            if (isBlank(properties.demoPassword())) {
                throw new IllegalStateException("medborgarlofte.identity.demo-password must be set when demo users are enabled");
            }
            for (DemoUser user : DemoUser.values()) {
                ensureUser(user.id(), user.firstName(), user.lastName(), user.email(), properties.demoPassword(), user.group().id());
            }
        }
        filters.ensureSharedFilters();
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void ensureUser(String id, String firstName, String lastName, String email, String password, String groupId) {
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
