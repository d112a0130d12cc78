package se.medborgarlofte.citizeninput;

import java.time.Instant;

/**
 * One input as the case page lists it for officers (the text escaped wherever it is shown).
 *
 * @param status {@code new}, {@code answered}, {@code forwarded} or {@code next-follow-up}
 */
public record CitizenInput(
        long id,
        Instant receivedAt,
        String what,
        String where,
        boolean hasEmail,
        String status,
        String handledBy,
        Instant handledAt,
        String handlingNote) {}
