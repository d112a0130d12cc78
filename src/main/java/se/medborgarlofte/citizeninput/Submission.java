package se.medborgarlofte.citizeninput;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a citizen sent from the form, and what is wrong with it: the problems by field ({@code what}, {@code where},
 * {@code email}), in Swedish, empty when it may be stored.
 */
public record Submission(String what, String where, String email) {

    public static final int MAX_WHAT = 2000;
    public static final int MAX_WHERE = 200;
    public static final int MAX_EMAIL = 254;

    /** A plain address: something@domain.tld, no spaces, no angle brackets, no second @. */
    private static final Pattern EMAIL_PATTERN =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    public Submission {
        what = clean(what);
        where = clean(where);
        email = clean(email);
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (what == null) {
            problems.put("what", "Skriv vad du vill berätta.");
        } else if (what.codePointCount(0, what.length()) > MAX_WHAT) {
            problems.put("what", "Texten får vara högst " + MAX_WHAT + " tecken.");
        }
        if (where != null && where.codePointCount(0, where.length()) > MAX_WHERE) {
            problems.put("where", "Platsen får vara högst " + MAX_WHERE + " tecken.");
        }
        if (email != null
                && (email.length() > MAX_EMAIL || !EMAIL_PATTERN.matcher(email).matches())) {
            problems.put("email", "Skriv en e-postadress som namn@exempel.se, eller lämna fältet tomt.");
        }
        return problems;
    }

    /** Trimmed, with line breaks kept, control characters (NUL and the like) removed; blank is null. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replace("\r\n", "\n")
                .codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
