package se.medborgarlofte.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentAccessTests {

    private static final List<String> TOWN_SQUARE = List.of("forening", "kommunen", "polisen");

    @Test
    void theCoordinatorAndThePartiesUploadOthersDoNot() {
        assertThat(access("samordnare").mayUpload()).isTrue();
        assertThat(access("forening").mayUpload()).isTrue();
        assertThat(access("kommunledning").mayUpload()).isTrue();
        assertThat(access("naringsliv").mayUpload()).isFalse();
        assertThat(access("styrgrupp").mayUpload()).isFalse();
    }

    @Test
    void policeOnlyIsForThePoliceNotTheCoordinator() {
        assertThat(access("polis").mayRead(Confidentiality.POLICE)).isTrue();
        assertThat(access("polisledning").mayRead(Confidentiality.POLICE)).isTrue();
        assertThat(access("samordnare").mayRead(Confidentiality.POLICE)).isFalse();
        assertThat(access("forening").mayRead(Confidentiality.POLICE)).isFalse();
        assertThat(access("samordnare").mayUpload(Confidentiality.POLICE)).isFalse();
        assertThat(access("polis").mayUpload(Confidentiality.POLICE)).isTrue();
    }

    @Test
    void partiesOnlyIsForTheCoordinatorThePartiesAndTheSteeringGroup() {
        assertThat(access("samordnare").mayRead(Confidentiality.PARTIES)).isTrue();
        assertThat(access("forening").mayRead(Confidentiality.PARTIES)).isTrue();
        assertThat(access("styrgrupp").mayRead(Confidentiality.PARTIES)).isTrue();
        assertThat(access("naringsliv").mayRead(Confidentiality.PARTIES)).isFalse();
        assertThat(access("naringsliv").mayRead(Confidentiality.PUBLIC)).isTrue();
        assertThat(access("someone-else").mayRead(Confidentiality.PUBLIC)).isFalse();
    }

    @Test
    void anOrganisationsOwnGroupIsAPartyWhereTheCommitmentsNameItAndReadsPublicOnesElsewhere() {
        AttachmentAccess nightWalkers =
                new AttachmentAccess(List.of("nattvandrarna"), TOWN_SQUARE, List.of("nattvandrarna"), true);
        AttachmentAccess neighbours =
                new AttachmentAccess(List.of("grannsamverkan"), TOWN_SQUARE, List.of("nattvandrarna"), true);

        assertThat(nightWalkers.mayUpload()).isTrue();
        assertThat(nightWalkers.mayRead(Confidentiality.PARTIES)).isTrue();
        assertThat(neighbours.mayUpload()).isFalse();
        assertThat(neighbours.mayRead(Confidentiality.PARTIES)).isFalse();
        assertThat(neighbours.mayRead(Confidentiality.PUBLIC)).isTrue();
    }

    private static AttachmentAccess access(String group) {
        return new AttachmentAccess(List.of(group), TOWN_SQUARE, List.of(), false);
    }
}
