package se.medborgarlofte.system.web;

/** What the caller asked for does not exist; answered with 404 and what was missing in Swedish. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
