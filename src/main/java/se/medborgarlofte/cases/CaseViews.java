package se.medborgarlofte.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.medborgarlofte.casefile.EffectGoalSeries;
import se.medborgarlofte.casefile.MunicipalDecision;
import se.medborgarlofte.casefile.PublicFeedback;
import se.medborgarlofte.casefile.SteeringSubject;

/** What the case file shows: the JSON of the API and the content of the documents. */
public final class CaseViews {

    private CaseViews() {}

    public record PledgeSummary(
            String registrationNumber,
            String title,
            String area,
            LocalDate periodStart,
            LocalDate periodEnd,
            String stage,
            String stageLabel,
            String status,
            List<String> parties,
            LocalDate signedOn) {}

    public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {}

    public record PledgeCase(
            PledgeSummary summary,
            String areaDescription,
            String targetGroup,
            String background,
            String pledgeText,
            String jointSituationPicture,
            String signatories,
            LocalDate communicatedOn,
            List<String> communicationChannels,
            LocalDate feedbackOn,
            String feedbackSummary,
            String renewedFrom,
            String renewedAs,
            List<SituationPictureView> situationPictures,
            List<CitizenDialogueView> citizenDialogues,
            List<ProblemView> prioritisedProblems,
            List<CommitmentView> commitments,
            List<OpenTask> openTasks,
            List<ApprovalView> approvals,
            List<FollowUpView> followUps,
            List<DecisionView> decisions,
            List<PublicFeedback> publicFeedback,
            MunicipalDecision municipalDecision,
            List<EffectGoalSeries> effectGoals) {}

    public record SituationPictureView(
            String source,
            String whatHappens,
            String places,
            String times,
            String frequency,
            String trend,
            String findings,
            Integer reportedCrimesBaseline,
            String recordedBy,
            Instant recordedAt) {}

    public record CitizenDialogueView(
            String method, LocalDate periodStart, LocalDate periodEnd, int participants, String concerns) {}

    public record ProblemView(int position, String problem, String place, String causeAnalysis) {}

    /** A commitment of the current draft round with its progress: the target against what the reports add up to. */
    /** @param organisation the name of the organisation that carries the commitment out (none before organisations) */
    public record CommitmentView(
            long id,
            int position,
            String party,
            String organisation,
            String promise,
            String measureType,
            Long targetQuantity,
            String targetUnit,
            long reportedQuantity,
            int occurrences,
            long participants,
            Integer progressPercent,
            LocalDate dueDate,
            boolean overdue,
            String indicator,
            String responsibleGroup,
            String status,
            String outcomeReason) {}

    public record OpenTask(
            String id,
            String name,
            String taskKey,
            List<String> candidateGroups,
            String assignee,
            Instant created,
            Instant due,
            boolean overdue) {}

    public record ApprovalView(
            int draftRound,
            String party,
            String decision,
            String signatory,
            String comment,
            String decidedBy,
            Instant decidedAt) {}

    public record FollowUpView(
            int number,
            String kind,
            BigDecimal safetyIndex,
            BigDecimal shareFeelingUnsafe,
            BigDecimal shareVictimised,
            Integer reportedCrimes,
            int activityParticipants,
            String reportedCrimesContext,
            String assessment,
            String compiledBy,
            Instant compiledAt) {}

    /**
     * A steering decision. Those taken collectively ({@code decidedWhen} set) carry the review: the number of members,
     * the quorum, the deadline and each member's position. {@code subject} is what was decided on: a follow-up
     * ({@code follow-up}), the focus areas ({@code focus-areas}) or the renewal ({@code renewal}).
     */
    public record DecisionView(
            int number,
            String decision,
            String decisionLabel,
            String comment,
            Integer followUpNumber,
            List<AssessmentView> assessments,
            String decidedBy,
            Instant decidedAt,
            String decidedWhen,
            Integer members,
            Integer quorum,
            Instant reviewDeadline,
            List<PositionView> positions,
            String subject,
            String subjectLabel) {

        public boolean onFollowUp() {
            return SteeringSubject.FOLLOW_UP.id().equals(subject);
        }
    }

    /** A member's position in a review; {@code decision} is null when they did not answer, {@code dissent} when they were outvoted. */
    public record PositionView(
            String member,
            String memberName,
            String decision,
            String decisionLabel,
            String comment,
            Instant answeredAt,
            boolean dissent,
            List<AssessmentView> assessments) {}

    public record AssessmentView(int position, String promise, String assessment) {}

    public record TimelineEvent(Instant occurredAt, String actor, String type, String description) {}

    /** One point of the indicator time series: the values of one follow-up. */
    public record IndicatorPoint(
            int followUpNumber,
            String kind,
            Instant compiledAt,
            BigDecimal safetyIndex,
            BigDecimal shareFeelingUnsafe,
            BigDecimal shareVictimised,
            Integer reportedCrimes,
            int activityParticipants) {}
}
