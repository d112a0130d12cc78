package se.medborgarlofte.pledge;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registration numbers (diarienummer) of pledges: {@code ML-<year>-<four-digit sequence>}, one sequence per year.
 */
public final class RegistrationNumbers {

    private static final Pattern FORMAT = Pattern.compile("ML-(\\d{4})-(\\d{4,})");

    private RegistrationNumbers() {
    }

    public static String format(int year, int sequence) {
        return "ML-%d-%04d".formatted(year, sequence);
    }

    /** The prefix every registration number of the year starts with, for prefix queries. */
    public static String prefix(int year) {
        return "ML-%d-".formatted(year);
    }

    /** The number after the highest of the year's existing numbers; others in the collection are ignored. */
    public static String next(int year, Collection<String> existing) {
        int highest = 0;
        for (String number : existing) {
            Matcher matcher = FORMAT.matcher(number == null ? "" : number);
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) == year) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(2)));
            }
        }
        return format(year, highest + 1);
    }
}
