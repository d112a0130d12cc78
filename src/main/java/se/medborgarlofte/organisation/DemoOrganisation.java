package se.medborgarlofte.organisation;

import lombok.RequiredArgsConstructor;

/**
 * The demo's named organisations, each with a group of its own and a demo user in it ({@code identity.DemoUser}):
 * two associations, to show that one does not see the other's measures, and the municipal housing company.
 */
@RequiredArgsConstructor
public enum DemoOrganisation {
    NIGHT_WALKERS(
            "Nattvandrarna Gustav Adolf",
            OrganisationKind.ASSOCIATION,
            "nattvandrarna",
            "Fatima Ali",
            "forening@demo.medborgarlofte.se"),
    NEIGHBOURHOOD_WATCH(
            "Grannsamverkan Västerleden",
            OrganisationKind.ASSOCIATION,
            "grannsamverkan",
            "Göran Lund",
            "forening2@demo.medborgarlofte.se"),
    HOUSING_COMPANY(
            "Stadens Bostäder AB",
            OrganisationKind.HOUSING_COMPANY,
            "bostadsbolaget",
            "Björn Sjöberg",
            "bostadsbolag@demo.medborgarlofte.se");

    private final String displayName;
    private final OrganisationKind kind;
    private final String groupId;
    private final String contactName;
    private final String contactEmail;

    public String groupId() {
        return groupId;
    }

    Organisations.Details details() {
        return new Organisations.Details(displayName, kind, contactName, contactEmail, null);
    }
}
