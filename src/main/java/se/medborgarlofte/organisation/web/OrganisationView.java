package se.medborgarlofte.organisation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import se.medborgarlofte.organisation.Organisation;

/** An organisation as the API shows it, with the Swedish name of its kind and the group its members are put in. */
@Schema(name = "Organisation", description = "En organisation med egen grupp i Camunda")
record OrganisationView(
        long id,
        String name,
        String kind,
        String kindLabel,
        String groupId,
        String contactName,
        String contactEmail,
        String contactPhone) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(
                organisation.id(),
                organisation.name(),
                organisation.kind().code(),
                organisation.kind().label(),
                organisation.groupId(),
                organisation.contactName(),
                organisation.contactEmail(),
                organisation.contactPhone());
    }
}
