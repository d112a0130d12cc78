package se.medborgarlofte.organisation;

/** A party to pledges: its name, kind, contact and the Camunda group whose members act for it. */
public record Organisation(
        long id,
        String name,
        OrganisationKind kind,
        String groupId,
        String contactName,
        String contactEmail,
        String contactPhone) {

    /** The party word of its commitments ("polisen", "forening", …). */
    public String party() {
        return kind.party();
    }
}
