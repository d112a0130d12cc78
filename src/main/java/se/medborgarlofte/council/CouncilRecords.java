package se.medborgarlofte.council;

import static se.medborgarlofte.casefile.CaseEvents.timestamp;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseEvents;

/** The council's meetings in the case file; a decision about a pledge also goes into that pledge's timeline. */
@Component
@RequiredArgsConstructor
public class CouncilRecords {

    private final JdbcClient jdbc;
    private final CaseEvents events;
    private final CouncilProperties council;

    /** Records a prepared meeting with its agenda; returns its id. */
    public long prepare(String month, String processInstanceId, List<AgendaItem> agenda, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO council_meeting (meeting_month, process_instance_id, prepared_at) VALUES (?, ?, ?)")
                .params(month, processInstanceId, timestamp(at))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (int index = 0; index < agenda.size(); index++) {
            AgendaItem item = agenda.get(index);
            jdbc.sql("""
                    INSERT INTO council_agenda_item (meeting_id, position, section, registration_number, text)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(id, index + 1, item.section(), item.registrationNumber(), item.text())
                    .update();
        }
        return id;
    }

    /** Records what the meeting did; a meeting is recorded once. Each decision about a pledge enters its timeline. */
    public void recordMinutes(
            long meetingId,
            LocalDate heldOn,
            String attendees,
            String minutes,
            List<CouncilDecision> decisions,
            String actor,
            Instant at) {
        for (int index = 0; index < decisions.size(); index++) {
            String pledge = decisions.get(index).registrationNumber();
            if (pledge != null && !exists(pledge)) {
                throw new IllegalArgumentException(
                        "Beslut %d gäller %s, men det finns inget medborgarlöfte med det löftesnumret."
                                .formatted(index + 1, pledge));
            }
        }
        int updated = jdbc.sql("""
                UPDATE council_meeting SET held_on = ?, attendees = ?, minutes = ?, recorded_by = ?, recorded_at = ?
                WHERE id = ? AND recorded_at IS NULL""")
                .params(heldOn, attendees, minutes, actor, timestamp(at), meetingId)
                .update();
        if (updated == 0) {
            throw new IllegalStateException("Mötet " + meetingId + " är redan protokollfört.");
        }
        for (int index = 0; index < decisions.size(); index++) {
            CouncilDecision decision = decisions.get(index);
            jdbc.sql("""
                    INSERT INTO council_decision (meeting_id, position, decision, responsible, registration_number, due_on)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            meetingId,
                            index + 1,
                            decision.decision(),
                            decision.responsible(),
                            decision.registrationNumber(),
                            decision.dueOn())
                    .update();
            if (decision.registrationNumber() != null) {
                events.append(
                        events.pledgeId(decision.registrationNumber()),
                        "council-decision",
                        council.name() + " beslutade " + heldOn + ": " + decision.decision() + " (ansvarig: "
                                + decision.responsible() + ").",
                        actor,
                        at);
            }
        }
    }

    /** The meetings, latest first. */
    public List<CouncilMeeting> meetings(int limit) {
        return jdbc
                .sql("SELECT id FROM council_meeting ORDER BY prepared_at DESC, id DESC LIMIT ?")
                .param(limit)
                .query(Long.class)
                .list()
                .stream()
                .map(this::meeting)
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<CouncilMeeting> meeting(long id) {
        List<AgendaItem> agenda = jdbc.sql("SELECT * FROM council_agenda_item WHERE meeting_id = ? ORDER BY position")
                .param(id)
                .query((rs, n) -> new AgendaItem(
                        rs.getString("section"), rs.getString("registration_number"), rs.getString("text")))
                .list();
        List<CouncilDecision> decisions = jdbc.sql(
                        "SELECT * FROM council_decision WHERE meeting_id = ? ORDER BY position")
                .param(id)
                .query((rs, n) -> new CouncilDecision(
                        rs.getString("decision"),
                        rs.getString("responsible"),
                        rs.getString("registration_number"),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
        return jdbc.sql("SELECT * FROM council_meeting WHERE id = ?")
                .param(id)
                .query((rs, n) -> new CouncilMeeting(
                        id,
                        rs.getString("meeting_month"),
                        instant(rs.getTimestamp("prepared_at")),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("attendees"),
                        rs.getString("minutes"),
                        rs.getString("recorded_by"),
                        agenda,
                        decisions))
                .optional();
    }

    /** The meeting a run of the council's process prepared (its meeting task shows it). */
    public Optional<CouncilMeeting> meetingOfProcess(String processInstanceId) {
        return jdbc.sql("SELECT id FROM council_meeting WHERE process_instance_id = ? ORDER BY id DESC LIMIT 1")
                .param(processInstanceId)
                .query(Long.class)
                .optional()
                .flatMap(this::meeting);
    }

    private boolean exists(String registrationNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM pledge WHERE registration_number = ?")
                        .param(registrationNumber)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
