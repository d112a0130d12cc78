package se.medborgarlofte.identity;

/** The candidate groups of the BPMN models: one per organisation or role in a pledge. */
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

    OrganisationGroup(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }
}
