package se.medborgarlofte.casefile;

import java.time.LocalDate;

/**
 * A commitment of the pledge's latest draft round beside what its measure's occurrence reports add up to: what the
 * follow-up and the steering group's review show as planned against done.
 *
 * @param target   the production target, or null when the commitment has none
 * @param reported the sum of the reported quantities
 */
public record CommitmentProgress(
        long id,
        int position,
        String party,
        String promise,
        Long target,
        String unit,
        LocalDate dueDate,
        long reported,
        int occurrences) {

    /** Done as a share of the target, 0–100, or null without a target. */
    public Integer percent() {
        return percent(reported, target);
    }

    /** The one rule for a commitment's done share: the reported quantity against the target, capped at 100. */
    public static Integer percent(long reported, Long target) {
        return target == null || target == 0 ? null : (int) Math.min(100, reported * 100 / target);
    }

    /** What was planned, in words: "8 områden senast 2027-10-31". */
    public String planned() {
        String by = "senast " + dueDate;
        return target == null ? "Klart " + by : target + (unit == null ? "" : " " + unit) + " " + by;
    }

    /** What was done by the reports, in words: "3 områden (37 %) vid 2 tillfällen". */
    public String done() {
        String quantity = reported + (unit == null ? "" : " " + unit);
        String share = percent() == null ? "" : " (" + percent() + " %)";
        String times = occurrences == 1 ? " vid 1 tillfälle" : " vid " + occurrences + " tillfällen";
        return quantity + share + times;
    }
}
