package se.medborgarlofte.cases.web;

/** A case page was asked for without a login to the webapps; answered with the login page (401). */
class LoginRequired extends RuntimeException {

    LoginRequired() {
        super("Inte inloggad", null, false, false);
    }
}
