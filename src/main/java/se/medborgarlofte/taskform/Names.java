package se.medborgarlofte.taskform;

/** A name a client sent, made safe to repeat in a message: printable and short. */
public final class Names {

    private static final int MAX = 60;

    private Names() {}

    public static String safe(String name) {
        String printable = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}_.\\-\\[\\]]", "?");
        return printable.length() > MAX ? printable.substring(0, MAX) + "…" : printable;
    }
}
