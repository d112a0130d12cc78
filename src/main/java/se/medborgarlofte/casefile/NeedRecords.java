package se.medborgarlofte.casefile;

import static se.medborgarlofte.casefile.CaseEvents.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseRecords.CitizenDialogue;
import se.medborgarlofte.casefile.CaseRecords.Problem;
import se.medborgarlofte.casefile.CaseRecords.SituationPicture;

/** Stage 1 in the case file: the situation pictures, the citizen dialogue, the joint picture and its focus areas. */
@Component
@RequiredArgsConstructor
public class NeedRecords {

    private final JdbcClient jdbc;
    private final CaseEvents events;

    /** Records a party's situation picture; a later one from the same party replaces it. */
    public void recordSituationPicture(String registrationNumber, SituationPicture picture, String actor, Instant at) {
        long id = events.pledgeId(registrationNumber);
        jdbc.sql("DELETE FROM situation_picture WHERE pledge_id = ? AND source = ?")
                .params(id, picture.source())
                .update();
        jdbc.sql("""
                INSERT INTO situation_picture (pledge_id, source, what_happens, places, times, frequency, trend, findings,
                    reported_crimes_baseline, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        picture.source(),
                        picture.whatHappens(),
                        picture.places(),
                        picture.times(),
                        picture.frequency(),
                        picture.trend(),
                        picture.findings(),
                        picture.reportedCrimesBaseline(),
                        actor,
                        timestamp(at))
                .update();
        events.append(
                id,
                "situation-picture",
                picture.source().equals("police")
                        ? "Polisens lägesbild registrerades."
                        : "Kommunens lägesbild registrerades.",
                actor,
                at);
    }

    /** A party's situation picture as recorded, if there is one. */
    public Optional<SituationPicture> situationPicture(String registrationNumber, String source) {
        return jdbc.sql("""
                SELECT s.* FROM situation_picture s JOIN pledge p ON p.id = s.pledge_id
                WHERE p.registration_number = ? AND s.source = ?""")
                .params(registrationNumber, source)
                .query((rs, n) -> new SituationPicture(
                        rs.getString("source"),
                        rs.getString("what_happens"),
                        rs.getString("places"),
                        rs.getString("times"),
                        rs.getString("frequency"),
                        rs.getString("trend"),
                        rs.getString("findings"),
                        rs.getObject("reported_crimes_baseline", Integer.class)))
                .optional();
    }

    public void recordCitizenDialogue(String registrationNumber, CitizenDialogue dialogue, String actor, Instant at) {
        long id = events.pledgeId(registrationNumber);
        jdbc.sql("""
                INSERT INTO citizen_dialogue (pledge_id, method, period_start, period_end, participants, concerns,
                    recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        dialogue.method(),
                        dialogue.periodStart(),
                        dialogue.periodEnd(),
                        dialogue.participants(),
                        dialogue.concerns(),
                        actor,
                        timestamp(at))
                .update();
        events.append(
                id,
                "citizen-dialogue",
                "Medborgardialog (" + dialogue.method() + ") med " + dialogue.participants()
                        + " deltagare registrerades.",
                actor,
                at);
    }

    /** Records the joint situation picture; its prioritised problems replace any earlier list. */
    public void recordJointPicture(
            String registrationNumber, String jointPicture, List<Problem> problems, String actor, Instant at) {
        long id = events.pledgeId(registrationNumber);
        jdbc.sql("UPDATE pledge SET joint_situation_picture = ?, updated_at = ? WHERE id = ?")
                .params(jointPicture, timestamp(at), id)
                .update();
        jdbc.sql("DELETE FROM prioritised_problem WHERE pledge_id = ?")
                .param(id)
                .update();
        for (int position = 0; position < problems.size(); position++) {
            Problem problem = problems.get(position);
            jdbc.sql("""
                    INSERT INTO prioritised_problem (pledge_id, position, problem, place, cause_analysis)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(id, position + 1, problem.problem(), problem.place(), problem.causeAnalysis())
                    .update();
        }
        events.append(
                id,
                "joint-situation-picture",
                "Gemensam lägesbild med " + problems.size() + " prioriterade problem sammanställdes.",
                actor,
                at);
    }
}
