package se.medborgarlofte.organisation;

import java.util.Arrays;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * What kind of organisation a party is. The kind gives the party word the documents group promises by ("Polisen
 * lovar att …") and whether the organisation signs a pledge itself: the police and the municipality (its departments
 * and social services included) sign through their leadership's approvals; every other organisation named in a
 * commitment co-signs.
 */
@RequiredArgsConstructor
public enum OrganisationKind {
    POLICE("police", "Polisen", "polisen", false),
    MUNICIPALITY("municipality", "Kommun", "kommunen", false),
    MUNICIPAL_DEPARTMENT("municipal-department", "Kommunal förvaltning", "kommunen", false),
    SOCIAL_SERVICES("social-services", "Socialtjänsten", "socialtjansten", false),
    ASSOCIATION("association", "Förening eller civilsamhälle", "forening", true),
    HOUSING_COMPANY("housing-company", "Bostadsbolag", "naringsliv", true),
    BUSINESS("business", "Näringsliv", "naringsliv", true),
    OTHER("other", "Övrig organisation", "ovrig", true);

    private final String code;
    private final String label;
    private final String party;
    private final boolean coSigns;

    /** The code the case file and the API use, e.g. {@code housing-company}. */
    public String code() {
        return code;
    }

    /** The Swedish name of the kind. */
    public String label() {
        return label;
    }

    /** The party word of the organisation's commitments, by which the documents group the promises. */
    public String party() {
        return party;
    }

    /** Whether an organisation of this kind signs a pledge in which it makes a commitment. */
    public boolean coSigns() {
        return coSigns;
    }

    public static Optional<OrganisationKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
