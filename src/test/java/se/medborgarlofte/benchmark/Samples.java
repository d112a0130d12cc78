package se.medborgarlofte.benchmark;

import java.util.Arrays;

/** Measured durations in milliseconds, with their median and 95th percentile. */
record Samples(double[] millis) {

    static Samples of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Samples(sorted);
    }

    static Samples single(double millis) {
        return new Samples(new double[] {millis});
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    int count() {
        return millis.length;
    }

    private double percentile(int percent) {
        int index = (int) Math.ceil(percent / 100.0 * millis.length) - 1;
        return millis[Math.max(0, Math.min(millis.length - 1, index))];
    }
}
