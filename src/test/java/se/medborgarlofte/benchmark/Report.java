package se.medborgarlofte.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's one table, in Markdown so that it can be pasted into the README: each figure as p50/p95 and, where
 * a reference was measured in the same run, the reference and the ratio of the two 95th percentiles.
 */
final class Report {

    /** One line of the table; {@code reference} is null where there is nothing to compare with. */
    record Line(String figure, String value, String reference, String ratio) {}

    private final List<Line> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A latency beside the same work measured without what is being judged (e.g. the authorization check). */
    void latency(String figure, Samples measured, String referenceName, Samples reference) {
        lines.add(new Line(
                figure,
                millis(measured),
                referenceName == null ? "" : referenceName + ": " + millis(reference),
                reference == null ? "" : format("%.2f×", measured.p95() / Math.max(reference.p95(), 0.001))));
    }

    void latency(String figure, Samples measured) {
        latency(figure, measured, null, null);
    }

    /** A figure that is not a latency (a rate, a size, a time to start). */
    void figure(String figure, String value) {
        lines.add(new Line(figure, value, "", ""));
    }

    void note(String note) {
        notes.add(note);
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    void print(PrintStream out) {
        out.println();
        notes.forEach(note -> out.println("- " + note));
        out.println();
        out.println("| figure | p50 / p95 (or value) | reference in the same run | ratio (p95) |");
        out.println("|---|---|---|---|");
        lines.forEach(line ->
                out.printf("| %s | %s | %s | %s |%n", line.figure(), line.value(), line.reference(), line.ratio()));
        out.println();
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static String millis(Samples samples) {
        return format("%.1f / %.1f ms (n=%d)", samples.p50(), samples.p95(), samples.count());
    }
}
