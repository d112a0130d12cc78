package se.medborgarlofte.audit;

import java.time.Instant;

/** One entry of the audit log. {@code outcome} is the HTTP status the request was answered with. */
public record AuditEntry(
        Instant occurredAt,
        String userId,
        String action,
        String pledge,
        String resource,
        int outcome,
        String remoteAddress) {}
