package se.medborgarlofte.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.identity.DemoUser;
import se.medborgarlofte.identity.OrganisationGroup;

class OrganisationsTests {

    @Test
    void makesAGroupIdTheEngineAcceptsFromTheName() {
        assertThat(Organisations.groupIdOf("Nattvandrarna Gustav Adolf")).isEqualTo("nattvandrarnagustavadolf");
        assertThat(Organisations.groupIdOf("Fältgruppen Öst, Västerås")).isEqualTo("faltgruppenostvasteras");
        assertThat(Organisations.groupIdOf("!!!")).isEqualTo("organisation");
        assertThat(Organisations.groupIdOf("x".repeat(80))).hasSize(Organisations.GROUP_ID_LENGTH);
        assertThat(Organisations.groupIdOf("Stadens Bostäder AB")).matches("[a-z0-9]+");
    }

    @Test
    void theKindGivesThePartyWordAndWhetherTheOrganisationCoSigns() {
        assertThat(OrganisationKind.ofCode("housing-company")).contains(OrganisationKind.HOUSING_COMPANY);
        assertThat(OrganisationKind.ofCode("club")).isEmpty();
        assertThat(Arrays.stream(OrganisationKind.values())
                        .filter(OrganisationKind::coSigns)
                        .map(OrganisationKind::code))
                .containsExactly("association", "housing-company", "business", "other");
        assertThat(OrganisationKind.SOCIAL_SERVICES.party()).isEqualTo("socialtjansten");
        assertThat(OrganisationKind.MUNICIPAL_DEPARTMENT.party()).isEqualTo("kommunen");
        assertThat(OrganisationKind.OTHER.party()).isEqualTo("ovrig");
    }

    @Test
    void everyDemoUserIsInAGroupTheApplicationCreates() {
        Set<String> created = Arrays.stream(OrganisationGroup.values())
                .map(OrganisationGroup::id)
                .collect(Collectors.toSet());
        Arrays.stream(DemoOrganisation.values()).map(DemoOrganisation::groupId).forEach(created::add);

        assertThat(Arrays.stream(DemoUser.values()).map(DemoUser::groupId)).allMatch(created::contains);
        assertThat(DemoUser.FORENING_USER.groupId()).isNotEqualTo(DemoUser.FORENING2_USER.groupId());
        assertThat(DemoUser.BOSTADSBOLAG.groupId()).isEqualTo(DemoOrganisation.HOUSING_COMPANY.groupId());
    }
}
