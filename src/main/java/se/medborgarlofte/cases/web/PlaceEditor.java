package se.medborgarlofte.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import se.medborgarlofte.cases.CaseViews.PledgeCase;
import se.medborgarlofte.system.security.WebappSessions;

/**
 * The coordinator's map editor on the case page: where it saves the place (the API, with the session's CSRF token,
 * since the page itself only reads). Absent ({@code null}) for everyone else, for a pledge that has ended, and
 * without a token to send.
 *
 * @param api       the place's address in the API
 * @param csrfToken the session's token for the {@code X-XSRF-TOKEN} header
 */
record PlaceEditor(String api, String csrfToken) {

    static PlaceEditor of(PledgeCase pledge, boolean coordinator, HttpServletRequest request) {
        if (!coordinator || !"active".equals(pledge.summary().status())) {
            return null;
        }
        return WebappSessions.csrfToken(request)
                .map(token -> new PlaceEditor(
                        request.getContextPath() + "/api/pledges/"
                                + pledge.summary().registrationNumber() + "/place",
                        token))
                .orElse(null);
    }
}
