package se.medborgarlofte.attachment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * Who may attach to a pledge and who may read which attachment, by the caller's groups and the pledge's parties: the
 * groups of the parties it names, and the own groups of the organisations its commitments name.
 *
 * <ul>
 *   <li>Upload: the coordinator and the members of the pledge's parties' groups.
 *   <li>{@link Confidentiality#PUBLIC}: everyone who reads cases (and citizens, once the pledge is published).
 *   <li>{@link Confidentiality#PARTIES}: the coordinator, the parties' groups and the steering group, which is the
 *       parties' own body for the pledge.
 *   <li>{@link Confidentiality#POLICE}: the police groups only. The coordinator does <em>not</em> see these: "Endast
 *       polisen" is the police's deliberate choice to keep a document (an intelligence picture, a named person) to
 *       themselves, unlike the police situation picture, which the coordinator needs to compile the joint one. So
 *       only the police may upload them.
 * </ul>
 */
final class AttachmentAccess {

    static final String COORDINATOR = "samordnare";
    static final Set<String> POLICE = Set.of("polis", "polisledning");

    /** The groups of each party a pledge names (pledge_party). Social services are the municipality's officers. */
    private static final Map<String, Set<String>> PARTY_GROUPS = Map.of(
            "polisen", POLICE,
            "kommunen", Set.of("kommun", "kommunledning"),
            "socialtjansten", Set.of("kommun"),
            "forening", Set.of("forening"),
            "naringsliv", Set.of("naringsliv"));

    private static final Set<String> READS_CASES = Set.of(
            COORDINATOR,
            "kommun",
            "kommunledning",
            "polis",
            "polisledning",
            "forening",
            "naringsliv",
            "styrgrupp",
            Groups.CAMUNDA_ADMIN);

    private final List<String> groups;
    private final Collection<String> parties;
    private final Collection<String> organisationGroups;
    private final boolean inAnOrganisation;

    /**
     * @param organisationGroups the groups of the organisations the pledge's commitments name
     * @param inAnOrganisation whether one of the caller's groups is an organisation's own group
     */
    AttachmentAccess(
            List<String> groups,
            Collection<String> parties,
            Collection<String> organisationGroups,
            boolean inAnOrganisation) {
        this.groups = groups;
        this.parties = parties;
        this.organisationGroups = organisationGroups;
        this.inAnOrganisation = inAnOrganisation;
    }

    boolean readsCases() {
        return inAnOrganisation || groups.stream().anyMatch(READS_CASES::contains);
    }

    boolean mayUpload() {
        return groups.contains(COORDINATOR) || isParty();
    }

    boolean mayUpload(Confidentiality confidentiality) {
        return mayUpload() && (confidentiality != Confidentiality.POLICE || isPolice());
    }

    boolean mayRead(Confidentiality confidentiality) {
        return switch (confidentiality) {
            case PUBLIC -> readsCases();
            case PARTIES -> groups.contains(COORDINATOR) || groups.contains("styrgrupp") || isParty();
            case POLICE -> isPolice();
        };
    }

    private boolean isPolice() {
        return groups.stream().anyMatch(POLICE::contains);
    }

    private boolean isParty() {
        return organisationGroups.stream().anyMatch(groups::contains)
                || parties.stream()
                        .flatMap(party -> PARTY_GROUPS.getOrDefault(party, Set.of()).stream())
                        .anyMatch(groups::contains);
    }
}
