package se.medborgarlofte.audit;

import jakarta.servlet.ServletRequest;
import java.util.Optional;

/**
 * The case a request read when its path does not name it (a panel found through a task id): the handler names it
 * here, and the audit log records it with the request.
 */
public final class AuditedCase {

    private static final String ATTRIBUTE = AuditedCase.class.getName();

    private AuditedCase() {}

    public static void concerns(ServletRequest request, String registrationNumber) {
        request.setAttribute(ATTRIBUTE, registrationNumber);
    }

    static Optional<String> of(ServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
    }
}
