package se.medborgarlofte.casefile;

import java.time.Instant;

/**
 * One feedback published to the citizens (återkoppling), as the public may read it.
 *
 * @param kind           {@code follow-up} after a steering decision on a regular follow-up, {@code final} at the end
 * @param followUpNumber the number of the follow-up it reports on (1, 2, …); null for the final feedback
 * @param publishedAt    when it was published (the coordinator completed its task)
 * @param done           what was done since the last feedback (for the final one: what was told to the citizens)
 * @param changes        what changes from now on; null when the feedback does not say
 * @param decision       the steering group's decision in public words; null when the feedback does not say
 */
public record PublicFeedback(
        String kind, Integer followUpNumber, Instant publishedAt, String done, String changes, String decision) {

    public static final String FOLLOW_UP = "follow-up";
    public static final String FINAL = "final";
}
