package se.medborgarlofte.casefile;

/**
 * What a revision does to one commitment. {@code commitmentId} is the case file's id of the commitment a change or a
 * withdrawal concerns (an added one gets its id when the revision is applied); {@code commitment} is the new wording
 * of a changed or added one; {@code reason} why a withdrawn one is withdrawn.
 */
public record CommitmentChange(Kind kind, Long commitmentId, Commitment commitment, String reason) {

    /** The three things a revision can do to a commitment; keeping one unchanged is no change. */
    public enum Kind {
        CHANGE("change"),
        ADD("add"),
        WITHDRAW("withdraw");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Kind of(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return kind;
                }
            }
            throw new IllegalStateException("Unknown kind of commitment change " + id);
        }
    }

    public CommitmentChange {
        if (kind != Kind.ADD && commitmentId == null) {
            throw new IllegalArgumentException("A " + kind.id() + " needs the commitment it concerns");
        }
        if (kind != Kind.WITHDRAW && commitment == null) {
            throw new IllegalArgumentException("A " + kind.id() + " needs the commitment's new wording");
        }
        if (kind == Kind.WITHDRAW && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("Ange varför åtagandet återtas.");
        }
    }

    public static CommitmentChange change(long commitmentId, Commitment revised) {
        return new CommitmentChange(Kind.CHANGE, commitmentId, revised, null);
    }

    public static CommitmentChange add(Commitment added) {
        return new CommitmentChange(Kind.ADD, null, added, null);
    }

    public static CommitmentChange withdraw(long commitmentId, String reason) {
        return new CommitmentChange(Kind.WITHDRAW, commitmentId, null, reason.strip());
    }

    /** Changed and added commitments are signed again; a withdrawal alone is not. */
    public boolean needsSigning() {
        return kind != Kind.WITHDRAW;
    }
}
