package se.medborgarlofte.casefile.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.casefile.CaseRecords.Approval;
import se.medborgarlofte.casefile.CaseRecords.Assessment;
import se.medborgarlofte.casefile.CaseRecords.CitizenDialogue;
import se.medborgarlofte.casefile.CaseRecords.FollowUp;
import se.medborgarlofte.casefile.CaseRecords.Problem;
import se.medborgarlofte.casefile.CaseRecords.SituationPicture;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.casefile.FollowUpRecords;
import se.medborgarlofte.casefile.NeedRecords;
import se.medborgarlofte.casefile.PledgeRegister;
import se.medborgarlofte.council.CouncilDecision;
import se.medborgarlofte.council.CouncilProcess;
import se.medborgarlofte.council.CouncilRecords;
import se.medborgarlofte.measure.Commitment;
import se.medborgarlofte.measure.MeasureProcess;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.steering.SteeringProcess;
import se.medborgarlofte.steering.SteeringReviews;
import se.medborgarlofte.steering.SteeringVerdict;
import se.medborgarlofte.system.JsonVariables;

/**
 * Turns each completed user task into its case-file entry. Every user task of both models is handled here (a test
 * guards that); {@link #record} returns the process variables the entry changes, e.g. the commitments with their
 * case-file ids.
 */
@Component
class TaskCompletionRecorder {

    static final Set<String> TASKS = Set.of(Element.COMPILE_POLICE_SITUATION_PICTURE,
            Element.COMPILE_MUNICIPAL_SITUATION_PICTURE, Element.HOLD_CITIZEN_DIALOGUE, Element.COMPILE_JOINT_SITUATION_PICTURE,
            Element.CONFIRM_FOCUS_AREAS, Element.DRAFT_PLEDGE, Element.APPROVE_PLEDGE_POLICE, Element.APPROVE_PLEDGE_MUNICIPALITY,
            Element.COMMUNICATE_PLEDGE, Element.COMPILE_FOLLOW_UP, Element.COMPILE_FINAL_FOLLOW_UP, Element.REVIEW_FOLLOW_UP,
            Element.REVIEW_FINAL_FOLLOW_UP, Element.GIVE_FEEDBACK_TO_CITIZENS, Element.DECIDE_RENEWAL,
            MeasureProcess.Element.PLAN_MEASURE, MeasureProcess.Element.REPORT_OCCURRENCE, MeasureProcess.Element.CLOSE_MEASURE,
            MeasureProcess.Element.HANDLE_OVERDUE_MEASURE, CouncilProcess.HOLD_MEETING);

    static final Set<String> DECISIONS = Set.copyOf(SteeringVerdict.DECISIONS);
    static final Set<String> ASSESSMENTS = Set.copyOf(SteeringVerdict.ASSESSMENTS);

    /** The police situation picture (places and persons): kept in the case file, not in the process's variables. */
    static final List<String> POLICE_PICTURE = List.of("policeWhat", "policeWhere", "policeWhen", "policeFrequency",
            "policeTrend", "staffDialogueFindings", "reportedCrimesBaseline");

    private final PledgeRegister register;
    private final NeedRecords needs;
    private final CommitmentRecords commitments;
    private final FollowUpRecords followUps;
    private final SteeringReviews reviews;
    private final CouncilRecords council;
    private final CaseEvents events;

    TaskCompletionRecorder(PledgeRegister register, NeedRecords needs, CommitmentRecords commitments,
                           FollowUpRecords followUps, SteeringReviews reviews, CouncilRecords council, CaseEvents events) {
        this.register = register;
        this.needs = needs;
        this.commitments = commitments;
        this.followUps = followUps;
        this.reviews = reviews;
        this.council = council;
        this.events = events;
    }

    Map<String, Object> record(String taskKey, String pledge, Variables variables, String actor, Instant at) {
        switch (taskKey) {
            case Element.COMPILE_POLICE_SITUATION_PICTURE -> needs.recordSituationPicture(pledge,
                    situationPicture("police", "police", "staffDialogueFindings", variables), actor, at);
            case Element.COMPILE_MUNICIPAL_SITUATION_PICTURE -> needs.recordSituationPicture(pledge,
                    situationPicture("municipality", "municipal", "municipalSources", variables), actor, at);
            case Element.HOLD_CITIZEN_DIALOGUE -> needs.recordCitizenDialogue(pledge, new CitizenDialogue(
                    variables.requiredText("dialogueMethod", "Metod"), variables.date("dialogueStart", "Dialogens startdatum"),
                    variables.date("dialogueEnd", "Dialogens slutdatum"), variables.requiredWhole("dialogueParticipants", "Antal deltagare"),
                    variables.requiredText("dialogueConcerns", "Vad som oroar medborgarna")), actor, at);
            case Element.COMPILE_JOINT_SITUATION_PICTURE -> needs.recordJointPicture(pledge,
                    variables.requiredText(Variable.JOINT_SITUATION_PICTURE, "Gemensam lägesbild"), problems(variables), actor, at);
            case Element.CONFIRM_FOCUS_AREAS -> needs.recordFocusAreasDecision(pledge,
                    "confirm".equals(variables.requiredText(Variable.FOCUS_AREAS_DECISION, "Beslut")),
                    variables.text("focusAreasComment"), actor, at);
            case Element.DRAFT_PLEDGE -> {
                return recordDraft(pledge, variables, actor, at);
            }
            case Element.APPROVE_PLEDGE_POLICE -> commitments.recordApproval(pledge, approval("police", variables), actor, at);
            case Element.APPROVE_PLEDGE_MUNICIPALITY ->
                    commitments.recordApproval(pledge, approval("municipality", variables), actor, at);
            case Element.COMMUNICATE_PLEDGE -> register.recordCommunication(pledge, variables.date("communicatedOn", "Datum"),
                    variables.strings("communicationChannels"), variables.text("communicationNote"), actor, at);
            case Element.COMPILE_FOLLOW_UP -> followUps.recordFollowUp(pledge, followUp("periodic", variables), actor, at);
            case Element.COMPILE_FINAL_FOLLOW_UP -> followUps.recordFollowUp(pledge, followUp("final", variables), actor, at);
            case Element.REVIEW_FOLLOW_UP, Element.REVIEW_FINAL_FOLLOW_UP -> reviews.recordPosition(
                    Long.parseLong(variables.requiredText(SteeringProcess.REVIEW_ID, "Granskning")),
                    variables.requiredText(SteeringProcess.REVIEWER_ID, "Ledamot"),
                    variables.choice(SteeringProcess.REVIEWER_DECISION, "Förslag till beslut", DECISIONS),
                    variables.requiredText(SteeringProcess.REVIEWER_COMMENT, "Motivering", 2000), assessments(variables), at);
            case Element.GIVE_FEEDBACK_TO_CITIZENS -> register.recordFeedback(pledge, variables.date("feedbackOn", "Datum"),
                    variables.requiredText("feedbackSummary", "Återkopplingen"), actor, at);
            case Element.DECIDE_RENEWAL -> events.append(events.pledgeId(pledge), "renewal-decision",
                    ("renew".equals(variables.requiredText(Variable.RENEWAL_DECISION, "Beslut"))
                            ? "Styrgruppen beslutade att förnya medborgarlöftet: " : "Styrgruppen beslutade att avsluta medborgarlöftet: ")
                            + variables.text("renewalComment"), actor, at);
            case MeasureProcess.Element.PLAN_MEASURE -> forMeasure(variables, id -> events.append(events.pledgeId(pledge),
                    "measure-planned", "Åtgärden planerades: " + variables.text(MeasureProcess.Variable.PROMISE), actor, at));
            case MeasureProcess.Element.REPORT_OCCURRENCE -> {
                // recorded by OccurrenceReportListener, which parses the occurrence
            }
            case MeasureProcess.Element.CLOSE_MEASURE -> forMeasure(variables, id -> commitments.closeMeasure(id,
                    variables.requiredText(MeasureProcess.Variable.MEASURE_OUTCOME, "Resultat"),
                    variables.requiredText(MeasureProcess.Variable.OUTCOME_REASON, "Motivering"), actor, at));
            case MeasureProcess.Element.HANDLE_OVERDUE_MEASURE -> forMeasure(variables, id -> commitments.recordOverdueHandling(id,
                    variables.requiredText("overdueAction", "Åtgärd"), variables.requiredText("overdueNote", "Anteckning"), actor, at));
            case CouncilProcess.HOLD_MEETING -> council.recordMinutes(
                    Long.parseLong(variables.requiredText(CouncilProcess.MEETING_ID, "Möte")),
                    variables.date(CouncilProcess.HELD_ON, "Mötesdatum"), variables.requiredText(CouncilProcess.ATTENDEES, "Närvarande", 2000),
                    variables.requiredText(CouncilProcess.MINUTES, "Protokoll", 8000), councilDecisions(variables), actor, at);
            default -> throw new IllegalStateException("The case file has no entry for task " + taskKey);
        }
        return Map.of();
    }

    /** Variables that must leave the process once the task is recorded, because other groups' tasks could read them. */
    List<String> confidentialAfter(String taskKey) {
        return taskKey.equals(Element.COMPILE_POLICE_SITUATION_PICTURE) ? POLICE_PICTURE : List.of();
    }

    private Map<String, Object> recordDraft(String pledge, Variables variables, String actor, Instant at) {
        JsonNode list = variables.list(Variable.COMMITMENTS, "Åtagandena");
        if (list.isEmpty()) {
            throw new IllegalArgumentException("Ett medborgarlöfte behöver minst ett åtagande.");
        }
        List<Commitment> drafted = new ArrayList<>();
        list.forEach(item -> drafted.add(Commitment.fromJson(item.toString())));
        register.recordDraftText(pledge, variables.requiredText(Variable.PLEDGE_TEXT, "Löftestext"),
                variables.date(Variable.PERIOD_START, "Periodens första dag"), variables.date(Variable.PERIOD_END, "Periodens sista dag"), at);
        List<Long> ids = commitments.recordDraft(pledge, drafted, actor, at);
        for (int index = 0; index < ids.size(); index++) {
            ((ObjectNode) list.get(index)).put("id", ids.get(index));
        }
        return Map.of(Variable.COMMITMENTS, JsonVariables.json(list.toString()));
    }

    private static SituationPicture situationPicture(String source, String prefix, String findings, Variables variables) {
        return new SituationPicture(source, variables.requiredText(prefix + "What", "Vad som händer"),
                variables.requiredText(prefix + "Where", "Platser"), variables.requiredText(prefix + "When", "När"),
                variables.requiredText(prefix + "Frequency", "Hur ofta"), variables.requiredText(prefix + "Trend", "Trend"),
                variables.text(findings),
                source.equals("police") ? variables.whole("reportedCrimesBaseline", "Anmälda brott") : null);
    }

    private static List<Problem> problems(Variables variables) {
        List<Problem> problems = new ArrayList<>();
        for (JsonNode item : variables.list(Variable.PRIORITISED_PROBLEMS, "Prioriterade problem")) {
            problems.add(new Problem(required(item, "problem", "Problem"), required(item, "place", "Plats"),
                    required(item, "causeAnalysis", "Orsaksanalys")));
        }
        return problems;
    }

    private static Approval approval(String party, Variables variables) {
        String prefix = party.equals("police") ? "police" : "municipality";
        String decision = variables.requiredText(prefix + "Approval", "Beslut");
        return new Approval(party, decision, variables.text(prefix + "Signatory"), variables.text(prefix + "ApprovalComment"));
    }

    private static FollowUp followUp(String kind, Variables variables) {
        return new FollowUp(kind, variables.decimal("safetyIndex", "Trygghetsindex"),
                variables.decimal("shareFeelingUnsafe", "Andel otrygga"), variables.decimal("shareVictimised", "Andel utsatta"),
                variables.requiredWhole("reportedCrimes", "Anmälda brott"),
                variables.requiredWhole("activityParticipants", "Deltagare i aktiviteter"),
                variables.requiredText("reportedCrimesContext", "Sammanhang för anmälda brott"),
                variables.requiredText("followUpAssessment", "Samlad bedömning"));
    }

    private static List<CouncilDecision> councilDecisions(Variables variables) {
        List<CouncilDecision> decisions = new ArrayList<>();
        for (JsonNode item : variables.list(CouncilProcess.DECISIONS, "Beslut")) {
            String pledge = item.path("registrationNumber").asText("").trim();
            String dueOn = item.path("dueOn").asText("").trim();
            try {
                decisions.add(new CouncilDecision(Variables.withinLength(required(item, "decision", "Beslut"), "Beslut", 2000),
                        Variables.withinLength(required(item, "responsible", "Ansvarig"), "Ansvarig", 200),
                        pledge.isEmpty() ? null : pledge, dueOn.isEmpty() ? null : LocalDate.parse(dueOn.substring(0, Math.min(10, dueOn.length())))));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("Klart senast måste vara ett datum (ÅÅÅÅ-MM-DD), inte '" + dueOn + "'.");
            }
        }
        return decisions;
    }

    private static List<Assessment> assessments(Variables variables) {
        List<Assessment> assessments = new ArrayList<>();
        for (JsonNode item : variables.list(Variable.COMMITMENT_ASSESSMENTS, "Bedömningar")) {
            if (item.hasNonNull("assessment")) {
                assessments.add(new Assessment(Variables.withinLength(item.path("promise").asText(""), "Åtagandet", 1000),
                        Variables.allowedValue(item.get("assessment").asText(), "Bedömningen", ASSESSMENTS)));
            }
        }
        return assessments;
    }

    /** Measure tasks refer to their commitment; a measure run without a pledge (only in isolated tests) has none. */
    private static void forMeasure(Variables variables, java.util.function.LongConsumer entry) {
        String id = variables.text(MeasureProcess.Variable.COMMITMENT_ID);
        if (id != null) {
            entry.accept(Long.parseLong(id));
        }
    }

    private static String required(JsonNode item, String field, String label) {
        String value = item.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException(label + " saknas i listan.");
        }
        return value;
    }
}
