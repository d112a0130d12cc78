package se.medborgarlofte.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** The email addresses of a task's assignee, or else of its candidate groups' members. */
public final class Recipients {

    /** More members than any organisation group has; the engine refuses unbounded queries. */
    static final int MAX_MEMBERS = 500;

    private Recipients() {}

    public static List<String> of(IdentityService identity, String assignee, Collection<String> candidateGroups) {
        Set<String> emails = new LinkedHashSet<>();
        if (assignee != null) {
            User user = identity.createUserQuery().userId(assignee).singleResult();
            if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
                emails.add(user.getEmail());
            }
            return List.copyOf(emails);
        }
        for (String group : candidateGroups) {
            identity.createUserQuery().memberOfGroup(group).listPage(0, MAX_MEMBERS).stream()
                    .map(User::getEmail)
                    .filter(email -> email != null && !email.isBlank())
                    .forEach(emails::add);
        }
        return List.copyOf(emails);
    }
}
