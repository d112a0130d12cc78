package se.medborgarlofte.steering;

import java.util.List;
import se.medborgarlofte.casefile.SteeringSubject;

/**
 * One steering review as its decision needs it: what it decides on, how many members, the quorum, and each member's
 * position.
 */
public record ReviewRound(SteeringSubject subject, int members, int quorum, List<Position> positions) {

    /** A review of a follow-up. */
    public ReviewRound(int members, int quorum, List<Position> positions) {
        this(SteeringSubject.FOLLOW_UP, members, quorum, positions);
    }
}
