package se.medborgarlofte.identity;

import static se.medborgarlofte.identity.OrganisationGroup.KOMMUN;
import static se.medborgarlofte.identity.OrganisationGroup.KOMMUNLEDNING;
import static se.medborgarlofte.identity.OrganisationGroup.POLIS;
import static se.medborgarlofte.identity.OrganisationGroup.POLISLEDNING;
import static se.medborgarlofte.identity.OrganisationGroup.SAMORDNARE;
import static se.medborgarlofte.identity.OrganisationGroup.STYRGRUPP;

/**
 * The demo users of the quick start, one or more per organisation group. The associations and the housing company
 * are organisations with groups of their own, which the application creates for the demo (organisation's {@code
 * DemoOrganisation}) before the users are put into them.
 */
public enum DemoUser {
    SAMORDNARE_USER("samordnare", "Sara", "Lindqvist", SAMORDNARE),
    KOMMUN_USER("kommun", "Karin", "Berg", KOMMUN),
    KSO("kso", "Lars", "Ekström", KOMMUNLEDNING),
    POLIS_USER("polis", "Peter", "Nyberg", POLIS),
    LPO("lpo", "Eva", "Holm", POLISLEDNING),
    FORENING_USER("forening", "Fatima", "Ali", "nattvandrarna"),
    FORENING2_USER("forening2", "Göran", "Lund", "grannsamverkan"),
    BOSTADSBOLAG("bostadsbolag", "Björn", "Sjöberg", "bostadsbolaget"),
    STYRGRUPP1("styrgrupp1", "Maria", "Andersson", STYRGRUPP),
    STYRGRUPP2("styrgrupp2", "Johan", "Karlsson", STYRGRUPP),
    STYRGRUPP3("styrgrupp3", "Lena", "Persson", STYRGRUPP);

    private final String id;
    private final String firstName;
    private final String lastName;
    private final String groupId;

    DemoUser(String id, String firstName, String lastName, OrganisationGroup group) {
        this(id, firstName, lastName, group.id());
    }

    DemoUser(String id, String firstName, String lastName, String groupId) {
        this.id = id;
        this.firstName = firstName;
        this.lastName = lastName;
        this.groupId = groupId;
    }

    public String id() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    /** The group the user is a member of. */
    public String groupId() {
        return groupId;
    }

    public String email() {
        return id + "@demo.medborgarlofte.se";
    }
}
