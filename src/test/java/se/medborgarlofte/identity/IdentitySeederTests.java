package se.medborgarlofte.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentitySeederTests {

    @Test
    void refusesToStartOutsideTheDemoWithoutAnAdministratorPassword() {
        IdentitySeeder seeder = new IdentitySeeder(null, new IdentityProperties(" ", false, null), null, null);

        assertThatThrownBy(() -> seeder.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("medborgarlofte.identity.admin-password");
    }

    @Test
    void refusesToStartOutsideTheDemoWithTheDemoPassword() {
        IdentitySeeder seeder = new IdentitySeeder(
                null, new IdentityProperties(IdentityProperties.DEMO_DEFAULT_PASSWORD, false, null), null, null);

        assertThatThrownBy(() -> seeder.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo password");
    }
}
