package se.medborgarlofte.cases;

import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;

/** The orders the pledge list can be sorted in, each mapped to its columns. */
@RequiredArgsConstructor
public enum PledgeSort {
    REGISTRATION_NUMBER("registrationNumber", "p.registration_year %1$s, p.registration_sequence %1$s"),
    TITLE("title", "LOWER(p.title) %1$s, p.id %1$s"),
    AREA("area", "LOWER(p.area) %1$s, p.id %1$s"),
    PERIOD_START("periodStart", "p.period_start %1$s, p.id %1$s"),
    PERIOD_END("periodEnd", "p.period_end %1$s, p.id %1$s"),
    STAGE("stage", "p.stage %1$s, p.id %1$s"),
    UPDATED("updatedAt", "p.updated_at %1$s, p.id %1$s");

    private static final Map<String, PledgeSort> BY_NAME = Map.of(
            "registrationNumber",
            REGISTRATION_NUMBER,
            "title",
            TITLE,
            "area",
            AREA,
            "periodStart",
            PERIOD_START,
            "periodEnd",
            PERIOD_END,
            "stage",
            STAGE,
            "updatedAt",
            UPDATED);

    private final String field;
    private final String columns;

    public String field() {
        return field;
    }

    /** The ORDER BY clause; only ever built from these constants, never from request text. */
    String orderBy(boolean ascending) {
        return columns.formatted(ascending ? "ASC" : "DESC");
    }

    public static PledgeSort byField(String field) {
        return BY_NAME.get(field);
    }

    public static Set<String> fields() {
        return BY_NAME.keySet();
    }
}
