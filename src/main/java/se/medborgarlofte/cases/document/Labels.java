package se.medborgarlofte.cases.document;

import java.util.List;
import java.util.Map;

/** Swedish names of the codes the case file stores, for documents. */
public final class Labels {

    private static final Map<String, String> PARTIES = Map.of(
            "polisen",
            "Polisen",
            "kommunen",
            "Kommunen",
            "socialtjansten",
            "Socialtjänsten",
            "forening",
            "Föreningar och civilsamhälle",
            "naringsliv",
            "Näringsliv och bostadsbolag",
            "gemensamt",
            "Gemensamt",
            "ovrig",
            "Övriga parter");
    /** How each party's promises are introduced in the public document. */
    private static final Map<String, String> PROMISE_HEADINGS = Map.of(
            "polisen",
            "Polisen lovar att …",
            "kommunen",
            "Kommunen lovar att …",
            "socialtjansten",
            "Socialtjänsten lovar att …",
            "forening",
            "Föreningarna lovar att …",
            "naringsliv",
            "Bostadsbolaget och näringslivet lovar att …",
            "gemensamt",
            "Tillsammans lovar vi att …",
            "ovrig",
            "Övriga parter lovar att …");

    private static final Map<String, String> STATUSES = Map.of(
            "drafted",
            "Utkast",
            "in-progress",
            "Pågår",
            "done",
            "Genomförd",
            "partly-done",
            "Delvis genomförd",
            "not-done",
            "Ej genomförd",
            "stopped",
            "Avbruten");
    private static final Map<String, String> ASSESSMENTS =
            Map.of("on-track", "Enligt plan", "at-risk", "Risk", "not-met", "Uppfylls inte");
    private static final Map<String, String> PLEDGE_STATUSES =
            Map.of("active", "Pågående", "closed", "Avslutat", "renewed", "Förnyat");

    private Labels() {}

    public static String party(String code) {
        return PARTIES.getOrDefault(code, code);
    }

    public static String promiseHeading(String party) {
        return PROMISE_HEADINGS.getOrDefault(party, party(party) + " lovar att …");
    }

    /**
     * A promise as it reads under its party's heading: one that begins with the heading's own words ("Polisen lovar
     * att …") goes on from them instead of repeating them; any other is printed whole.
     */
    public static String promiseUnderHeading(String party, String promise) {
        String opening = promiseHeading(party).replace(" …", " ");
        if (promise == null || !promise.regionMatches(true, 0, opening, 0, opening.length())) {
            return promise;
        }
        return promise.substring(opening.length()).strip();
    }

    public static String status(String code) {
        return STATUSES.getOrDefault(code, code);
    }

    public static String assessment(String code) {
        return ASSESSMENTS.getOrDefault(code, code);
    }

    /** The status of a pledge as a whole: running, closed, or closed and renewed as a new pledge. */
    public static String pledgeStatus(String code) {
        return PLEDGE_STATUSES.getOrDefault(code, code);
    }

    /** The parties in the order the public document presents them. */
    public static List<String> partyOrder() {
        return List.of("polisen", "kommunen", "socialtjansten", "gemensamt", "forening", "naringsliv", "ovrig");
    }
}
