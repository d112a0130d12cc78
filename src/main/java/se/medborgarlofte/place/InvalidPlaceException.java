package se.medborgarlofte.place;

/**
 * A place that cannot be taken, with a Swedish message that says what to change. An {@link IllegalArgumentException},
 * so that a refusal inside the engine (a start form's place) answers 400 as the API's does.
 */
public class InvalidPlaceException extends IllegalArgumentException {

    public InvalidPlaceException(String message) {
        super(message);
    }
}
