package se.medborgarlofte.steering;

import java.time.Instant;
import java.util.List;
import se.medborgarlofte.casefile.CaseRecords.Assessment;

/**
 * One member's answer in a review, or the lack of one ({@code decision} null when the member did not answer before
 * the decision was taken).
 */
public record Position(
        String member,
        String memberName,
        String decision,
        String comment,
        List<Assessment> assessments,
        Instant answeredAt) {

    public boolean answered() {
        return decision != null;
    }
}
