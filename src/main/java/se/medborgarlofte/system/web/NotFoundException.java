package se.medborgarlofte.system.web;

/** What the caller asked for does not exist; answered with 404 and what was missing in Swedish. */
public class NotFoundException extends RuntimeException {

    private final String title;

    public NotFoundException(String message) {
        this("Finns inte", message);
    }

    protected NotFoundException(String title, String message) {
        super(message);
        this.title = title;
    }

    /** The problem's title: what kind of thing is missing. */
    public String title() {
        return title;
    }
}
