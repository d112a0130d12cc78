package se.medborgarlofte.steering;

import java.time.Instant;
import java.util.List;

/** One steering review of a follow-up: who sits in the group, the quorum and deadline, and each member's position. */
public record ReviewRound(long id, Integer followUpNumber, String followUpKind, int members, int quorum, Instant deadline,
                          Instant openedAt, List<Position> positions) {

    public long answered() {
        return positions.stream().filter(Position::answered).count();
    }
}
