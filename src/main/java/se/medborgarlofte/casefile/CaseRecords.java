package se.medborgarlofte.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the processes hand to the case file: one record per kind of entry, validated where the domain says so. */
public final class CaseRecords {

    private CaseRecords() {}

    /** A new pledge as its start form or the API gives it. */
    public record NewPledge(
            String title,
            String area,
            String areaDescription,
            String targetGroup,
            String background,
            LocalDate periodStart,
            LocalDate periodEnd,
            List<String> parties,
            String processInstanceId,
            String renewedFrom) {}

    /** The police's or the municipality's situation picture. */
    public record SituationPicture(
            String source,
            String whatHappens,
            String places,
            String times,
            String frequency,
            String trend,
            String findings,
            Integer reportedCrimesBaseline) {}

    public record CitizenDialogue(
            String method, LocalDate periodStart, LocalDate periodEnd, int participants, String concerns) {}

    public record Problem(String problem, String place, String causeAnalysis) {}

    public record Approval(String party, String decision, String signatory, String comment) {}

    public record FollowUp(
            String kind,
            BigDecimal safetyIndex,
            BigDecimal shareFeelingUnsafe,
            BigDecimal shareVictimised,
            Integer reportedCrimes,
            int activityParticipants,
            String reportedCrimesContext,
            String assessment) {}

    public record Assessment(String promise, String assessment) {}
}
