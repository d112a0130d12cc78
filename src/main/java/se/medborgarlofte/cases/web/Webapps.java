package se.medborgarlofte.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.medborgarlofte.system.security.WebappSessions;
import se.medborgarlofte.system.security.WebappUser;

/**
 * Where the pages send their visitors in Camunda's webapps (Tasklist, Cockpit, Admin), and who the visitor is: the
 * user logged in to them in this browser session. Links are relative to the application's context path.
 */
@Component
class Webapps {

    private final String applicationPath;
    private final CaseAccess access;

    Webapps(@Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath, CaseAccess access) {
        this.applicationPath = applicationPath;
        this.access = access;
    }

    /** The visitor, when they are logged in to the webapps in this session. */
    Optional<WebappUser> visitor(HttpServletRequest request) {
        return WebappSessions.login(request);
    }

    /** The visitor, or {@link LoginRequired} (answered with the login page). */
    WebappUser requireVisitor(HttpServletRequest request) {
        return visitor(request).orElseThrow(LoginRequired::new);
    }

    /** The header of every page: who is logged in and the places they may go to. */
    Navigation navigation(HttpServletRequest request) {
        Optional<WebappUser> visitor = visitor(request);
        return new Navigation(
                visitor.map(WebappUser::id).orElse(null),
                visitor.isPresent() && access.readsCases(),
                visitor.map(user -> user.mayOpen("tasklist")).orElse(false),
                visitor.map(user -> user.mayOpen("cockpit")).orElse(false),
                visitor.map(user -> user.mayOpen("admin")).orElse(false),
                tasklist(),
                tasklist() + "#/login",
                cockpit(),
                app("admin"));
    }

    String tasklist() {
        return app("tasklist");
    }

    String cockpit() {
        return app("cockpit");
    }

    /** A pledge's process instance in Cockpit. */
    String cockpitInstance(String processInstanceId) {
        return cockpit() + "#/process-instance/" + processInstanceId;
    }

    private String app(String name) {
        return applicationPath + "/app/" + name + "/default/";
    }

    /**
     * The page header's content.
     *
     * @param user the logged-in user's id, null for an anonymous visitor
     * @param cases whether the user reads the case pages (belongs to an organisation of the pledges)
     */
    record Navigation(
            String user,
            boolean cases,
            boolean tasklist,
            boolean cockpit,
            boolean admin,
            String tasklistLink,
            String loginLink,
            String cockpitLink,
            String adminLink) {}
}
