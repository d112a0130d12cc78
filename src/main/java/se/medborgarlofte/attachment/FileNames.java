package se.medborgarlofte.attachment;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes a file name as a client sent it safe to store and to send back in a {@code Content-Disposition}: no folders,
 * no control or reserved characters, no leading dots, at most {@link #MAX_LENGTH} characters with the extension kept.
 */
final class FileNames {

    static final int MAX_LENGTH = 150;

    private static final String FALLBACK = "bilaga";
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}<>:\"/\\\\|?*\\u200B-\\u200F\\u202A-\\u202E]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FileNames() {}

    static String sanitise(String name) {
        String given = name == null ? "" : name;
        // browsers of old sent the whole path; keep only its last part
        String last = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        String clean = SPACES.matcher(UNSAFE.matcher(Normalizer.normalize(last, Normalizer.Form.NFC))
                        .replaceAll(""))
                .replaceAll(" ")
                .strip()
                .replaceFirst("^\\.+", "")
                .strip();
        if (clean.isEmpty()) {
            clean = FALLBACK;
        }
        if (clean.length() <= MAX_LENGTH) {
            return clean;
        }
        String extension = extension(clean);
        String suffix = extension.isEmpty() ? "" : "." + extension;
        return clean.substring(0, MAX_LENGTH - suffix.length()).strip() + suffix;
    }

    /** The extension in lower case, without its dot; empty when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase();
    }

    /** The name with the extension replaced or added. */
    static String withExtension(String name, String extension) {
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? name : name.substring(0, dot);
        String withIt = base + extension;
        return withIt.length() <= MAX_LENGTH ? withIt : base.substring(0, MAX_LENGTH - extension.length()) + extension;
    }
}
