package se.medborgarlofte.identity;

import static se.medborgarlofte.identity.OrganisationGroup.FORENING;
import static se.medborgarlofte.identity.OrganisationGroup.KOMMUN;
import static se.medborgarlofte.identity.OrganisationGroup.KOMMUNLEDNING;
import static se.medborgarlofte.identity.OrganisationGroup.NARINGSLIV;
import static se.medborgarlofte.identity.OrganisationGroup.POLIS;
import static se.medborgarlofte.identity.OrganisationGroup.POLISLEDNING;
import static se.medborgarlofte.identity.OrganisationGroup.SAMORDNARE;
import static se.medborgarlofte.identity.OrganisationGroup.STYRGRUPP;

import lombok.RequiredArgsConstructor;

/** The demo users of the quick start, one or more per organisation group. */
@RequiredArgsConstructor
public enum DemoUser {
    SAMORDNARE_USER("samordnare", "Sara", "Lindqvist", SAMORDNARE),
    KOMMUN_USER("kommun", "Karin", "Berg", KOMMUN),
    KSO("kso", "Lars", "Ekström", KOMMUNLEDNING),
    POLIS_USER("polis", "Peter", "Nyberg", POLIS),
    LPO("lpo", "Eva", "Holm", POLISLEDNING),
    FORENING_USER("forening", "Fatima", "Ali", FORENING),
    BOSTADSBOLAG("bostadsbolag", "Björn", "Sjöberg", NARINGSLIV),
    STYRGRUPP1("styrgrupp1", "Maria", "Andersson", STYRGRUPP),
    STYRGRUPP2("styrgrupp2", "Johan", "Karlsson", STYRGRUPP),
    STYRGRUPP3("styrgrupp3", "Lena", "Persson", STYRGRUPP);

    private final String id;
    private final String firstName;
    private final String lastName;
    private final OrganisationGroup group;

    public String id() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public OrganisationGroup group() {
        return group;
    }

    public String email() {
        return id + "@demo.medborgarlofte.se";
    }
}
