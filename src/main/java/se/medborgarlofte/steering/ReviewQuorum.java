package se.medborgarlofte.steering;

/** A quorum rule: a majority of the members, all of them, or a fixed number (never more than there are). */
public record ReviewQuorum(Rule rule, int count) {

    public enum Rule {
        MAJORITY,
        ALL,
        COUNT
    }

    public static ReviewQuorum parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase();
        switch (value) {
            case "majority":
                return new ReviewQuorum(Rule.MAJORITY, 0);
            case "all":
                return new ReviewQuorum(Rule.ALL, 0);
            default:
                try {
                    int count = Integer.parseInt(value);
                    if (count > 0) {
                        return new ReviewQuorum(Rule.COUNT, count);
                    }
                } catch (NumberFormatException e) {
                    // explained below
                }
                throw new IllegalArgumentException("medborgarlofte.steering.quorum ska vara 'majority', 'all' eller ett"
                        + " positivt heltal, inte '" + text + "'.");
        }
    }

    public int of(int members) {
        return switch (rule) {
            case MAJORITY -> members / 2 + 1;
            case ALL -> members;
            case COUNT -> Math.min(count, members);
        };
    }
}
