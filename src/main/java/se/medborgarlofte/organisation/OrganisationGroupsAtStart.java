package se.medborgarlofte.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.medborgarlofte.system.EngineContext;

/**
 * At start-up, before the identity seeder puts the demo users into their groups: adds the demo's organisations (when
 * demo users are enabled) and makes sure every organisation's group exists with its rights.
 */
@Component
@Order(0)
class OrganisationGroupsAtStart implements ApplicationRunner {

    private final Organisations organisations;
    private final boolean demoUsers;

    OrganisationGroupsAtStart(
            Organisations organisations, @Value("${medborgarlofte.identity.demo-users:false}") boolean demoUsers) {
        this.organisations = organisations;
        this.demoUsers = demoUsers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoUsers) {
            for (DemoOrganisation demo : DemoOrganisation.values()) {
                organisations.ensure(demo.details(), demo.groupId(), EngineContext.now());
            }
        }
        organisations.ensureGroups();
    }
}
