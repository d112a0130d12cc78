package se.medborgarlofte.system.web;

/** The caller is known but may not do this; answered with 403 and the reason in Swedish. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
