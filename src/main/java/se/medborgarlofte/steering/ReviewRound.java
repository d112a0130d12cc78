package se.medborgarlofte.steering;

import java.util.List;

/** One steering review as its decision needs it: how many members, the quorum, and each member's position. */
public record ReviewRound(int members, int quorum, List<Position> positions) {}
