package se.medborgarlofte.steering;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the steering group decides.
 *
 * @param quorum how many members must have answered before the decision is taken: {@code majority} (more than half),
 *               {@code all}, or a number (at most the number of members); otherwise it is taken at the deadline
 */
@ConfigurationProperties("medborgarlofte.steering")
public record SteeringProperties(@DefaultValue("majority") String quorum) {

    public SteeringProperties {
        ReviewQuorum.parse(quorum);
    }

    /** The number of answers the decision waits for, in a steering group of this many members. */
    public int quorumOf(int members) {
        return ReviewQuorum.parse(quorum).of(members);
    }
}
