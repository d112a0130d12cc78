package se.medborgarlofte.casefile;

import static se.medborgarlofte.casefile.CaseEvents.timestamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseRecords.FollowUp;

/** Stages 4 and 5 in the case file: follow-ups with their indicators, and the steering group's decisions. */
@Component
@RequiredArgsConstructor
public class FollowUpRecords {

    private final JdbcClient jdbc;
    private final CaseEvents events;

    /** Replaces the planned follow-up days of a pledge; the last day of its period brings the final one. */
    public void planFollowUps(String registrationNumber, List<LocalDate> days, LocalDate finalDay, Instant at) {
        long id = events.pledgeId(registrationNumber);
        jdbc.sql("DELETE FROM planned_follow_up WHERE pledge_id = ?").param(id).update();
        for (LocalDate day : days) {
            jdbc.sql("INSERT INTO planned_follow_up (pledge_id, due_on) VALUES (?, ?)")
                    .params(id, day)
                    .update();
        }
        String planned = days.isEmpty()
                ? "inga löpande uppföljningar"
                : days.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
        events.append(
                id,
                "follow-ups-planned",
                "Uppföljningar planerade: " + planned + "; slutuppföljning " + finalDay + ".",
                null,
                at);
    }

    /** Records a follow-up; returns its id in the case file. */
    public long recordFollowUp(String registrationNumber, FollowUp followUp, String actor, Instant at) {
        long id = events.pledgeId(registrationNumber);
        int sequence = jdbc.sql("SELECT COALESCE(MAX(follow_up_number), 0) + 1 FROM follow_up WHERE pledge_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                INSERT INTO follow_up (pledge_id, follow_up_number, kind, safety_index, share_feeling_unsafe, share_victimised,
                    reported_crimes, activity_participants, reported_crimes_context, assessment, compiled_by, compiled_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        sequence,
                        followUp.kind(),
                        followUp.safetyIndex(),
                        followUp.shareFeelingUnsafe(),
                        followUp.shareVictimised(),
                        followUp.reportedCrimes(),
                        followUp.activityParticipants(),
                        followUp.reportedCrimesContext(),
                        followUp.assessment(),
                        actor,
                        timestamp(at))
                .update();
        events.append(
                id,
                "follow-up",
                (followUp.kind().equals("final") ? "Slutuppföljning" : "Uppföljning " + sequence) + " sammanställdes.",
                actor,
                at);
        return jdbc.sql("SELECT id FROM follow_up WHERE pledge_id = ? AND follow_up_number = ?")
                .params(id, sequence)
                .query(Long.class)
                .single();
    }
}
