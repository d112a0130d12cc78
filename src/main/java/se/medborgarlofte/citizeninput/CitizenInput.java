package se.medborgarlofte.citizeninput;

import java.time.Instant;

/**
 * One input as the case page lists it for officers (the text escaped wherever it is shown).
 *
 * @param what null once cleared after the retention period ({@code clearedAt})
 * @param status {@code new}, {@code answered}, {@code forwarded} or {@code next-follow-up}
 * @param followUpNumber the follow-up that took it into account, null until then
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
        String handlingNote,
        Integer followUpNumber,
        Instant clearedAt) {

    /** Where the input stands, in Swedish. */
    public String statusLabel() {
        return switch (status) {
            case "answered" -> "Besvarad";
            case "forwarded" -> "Vidarebefordrad";
            case "next-follow-up" ->
                followUpNumber == null ? "Tas med i nästa uppföljning" : "Togs med i uppföljning " + followUpNumber;
            default -> "Ny, inte hanterad ännu";
        };
    }
}
