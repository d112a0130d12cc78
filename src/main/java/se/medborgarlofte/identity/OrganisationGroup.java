package se.medborgarlofte.identity;

import lombok.RequiredArgsConstructor;

/** The candidate groups of the BPMN models: one per organisation or role in a pledge. */
@RequiredArgsConstructor
public enum OrganisationGroup {
    SAMORDNARE("samordnare", "Brottsförebyggande samordnare"),
    KOMMUN("kommun", "Kommunens förvaltningar"),
    KOMMUNLEDNING("kommunledning", "Kommunledning (KSO, kommunchef)"),
    POLIS("polis", "Polisen, lokalpolisområdet"),
    POLISLEDNING("polisledning", "Lokalpolisområdeschef"),
    FORENING("forening", "Föreningar och civilsamhälle"),
    NARINGSLIV("naringsliv", "Näringsliv och bostadsbolag"),
    STYRGRUPP("styrgrupp", "Styrgruppen");

    private final String id;
    private final String displayName;

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }
}
