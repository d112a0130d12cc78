package se.medborgarlofte.pledge.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseRecords.Approval;
import se.medborgarlofte.casefile.Commitment;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.casefile.EffectGoal;
import se.medborgarlofte.casefile.EffectGoalRecords;
import se.medborgarlofte.casefile.EffectGoalRules;
import se.medborgarlofte.casefile.MunicipalDecision;
import se.medborgarlofte.casefile.PledgeRegister;
import se.medborgarlofte.casefile.TaskRecorder;
import se.medborgarlofte.organisation.Organisation;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.FormValues;
import se.medborgarlofte.system.JsonVariables;

/** Records the tasks of the agreement: the draft with its commitments, both approvals and the communication. */
@Component
@RequiredArgsConstructor
public class AgreementTaskRecorder implements TaskRecorder {

    private final PledgeRegister register;
    private final CommitmentRecords commitments;
    private final CaseCalendar calendar;
    private final EffectGoalRecords effectGoals;
    private final EffectGoalRules goalRules;
    private final Organisations organisations;

    /** The row's party word and organisation name, written by the server from the organisation it names. */
    private static final String PARTY = "party";

    private static final String ORGANISATION_NAME = "organisationName";

    @Override
    public Set<String> tasks() {
        return Set.of(
                Element.DRAFT_PLEDGE,
                Element.APPROVE_PLEDGE_POLICE,
                Element.APPROVE_PLEDGE_MUNICIPALITY,
                Element.COMMUNICATE_PLEDGE);
    }

    @Override
    public Map<String, Object> record(CompletedTask task) {
        FormValues values = task.values();
        switch (task.key()) {
            case Element.DRAFT_PLEDGE -> {
                return recordDraft(task);
            }
            case Element.APPROVE_PLEDGE_POLICE ->
                commitments.recordApproval(task.pledge(), approval("police", values), task.actor(), task.at());
            case Element.APPROVE_PLEDGE_MUNICIPALITY -> {
                Approval approval = approval("municipality", values);
                commitments.recordApproval(task.pledge(), approval, task.actor(), task.at());
                if (Choice.APPROVE.equals(approval.decision())) {
                    register.recordMunicipalDecision(
                            task.pledge(), municipalDecision(values, task), task.actor(), task.at());
                }
            }
            default ->
                register.recordCommunication(
                        task.pledge(),
                        values.date("communicatedOn", "Datum"),
                        values.strings("communicationChannels"),
                        values.text("communicationNote"),
                        task.actor(),
                        task.at());
        }
        return Map.of();
    }

    /**
     * The municipality's own decision, when one was given: a day or a registry number needs the body that decided, and
     * the day cannot lie after the approval.
     */
    private MunicipalDecision municipalDecision(FormValues values, CompletedTask task) {
        String body = values.text(Variable.MUNICIPAL_DECISION_BODY);
        LocalDate decidedOn = FormValues.day(values.text(Variable.MUNICIPAL_DECISION_ON), "Beslutsdatum");
        String registryNumber = values.text(Variable.MUNICIPAL_REGISTRY_NUMBER);
        MunicipalDecision decision = MunicipalDecision.of(blankAsNull(body), decidedOn, blankAsNull(registryNumber));
        if (decision != null && decision.body() == null) {
            throw new IllegalArgumentException(
                    "Ange vilket organ som fattade kommunens beslut, t.ex. Kommunstyrelsen.");
        }
        if (decidedOn != null && decidedOn.isAfter(calendar.day(task.at()))) {
            throw new IllegalArgumentException("Beslutsdatum kan inte ligga efter dagens datum.");
        }
        return decision;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The draft round in the case file; the commitments list variable gets each commitment's case-file id. */
    private Map<String, Object> recordDraft(CompletedTask task) {
        FormValues values = task.values();
        JsonNode list = values.list(Variable.COMMITMENTS, "Åtagandena");
        if (list.isEmpty()) {
            throw new IllegalArgumentException("Ett medborgarlöfte behöver minst ett åtagande.");
        }
        List<Commitment> drafted = new ArrayList<>();
        Set<String> coSignerGroups = new LinkedHashSet<>();
        for (int index = 0; index < list.size(); index++) {
            ObjectNode row = (ObjectNode) list.get(index);
            Organisation organisation = organisationOf(row, index + 1);
            // the party word and the name come from the organisation, never from the submission
            row.put(PARTY, organisation.party());
            row.put(Commitment.ORGANISATION, String.valueOf(organisation.id()));
            row.put(ORGANISATION_NAME, organisation.name());
            if (organisation.kind().coSigns()) {
                coSignerGroups.add(organisation.groupId());
            }
            drafted.add(Commitment.fromJson(row.toString()));
        }
        register.recordDraftText(
                task.pledge(),
                values.requiredText(Variable.PLEDGE_TEXT, "Löftestext"),
                values.date(Variable.PERIOD_START, "Periodens första dag"),
                values.date(Variable.PERIOD_END, "Periodens sista dag"),
                task.at());
        List<Long> ids = commitments.recordDraft(task.pledge(), drafted, task.actor(), task.at());
        for (int index = 0; index < ids.size(); index++) {
            ((ObjectNode) list.get(index)).put("id", ids.get(index));
        }
        return Map.of(
                Variable.COMMITMENTS,
                JsonVariables.json(list.toString()),
                Variable.CO_SIGNER_GROUPS,
                JsonVariables.json(List.copyOf(coSignerGroups)),
                Variable.EFFECT_GOALS,
                JsonVariables.json(recordEffectGoals(task).toString()));
    }

    /** The draft's effect goals in the case file; the list variable gets each goal's case-file id. */
    private JsonNode recordEffectGoals(CompletedTask task) {
        JsonNode list = task.values().list(Variable.EFFECT_GOALS, "Effektmålen");
        List<EffectGoal> goals = goalRules.draft(list, effectGoals.currentIds(task.pledge()), calendar.day(task.at()));
        List<Long> ids = effectGoals.recordDraft(task.pledge(), goals, task.actor(), task.at());
        for (int index = 0; index < ids.size(); index++) {
            ((ObjectNode) list.get(index)).put("id", ids.get(index));
        }
        return list;
    }

    /** The organisation a commitment names: one in the case file, or the draft is refused with what to do. */
    private Organisation organisationOf(JsonNode row, int position) {
        Long id = Commitment.organisationId(row);
        if (id == null) {
            throw new IllegalArgumentException(
                    "Åtagande " + position + " saknar organisation; välj vem som genomför det.");
        }
        return organisations
                .find(id)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Åtagande " + position + ": organisationen finns inte; välj en organisation i listan."));
    }

    private static Approval approval(String party, FormValues values) {
        String prefix = party.equals("police") ? "police" : "municipality";
        String decision = values.requiredText(prefix + "Approval", "Beslut");
        return new Approval(
                party, decision, values.text(prefix + "Signatory"), values.text(prefix + "ApprovalComment"));
    }
}
