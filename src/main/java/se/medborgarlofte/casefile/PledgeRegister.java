package se.medborgarlofte.casefile;

import static se.medborgarlofte.casefile.CaseEvents.timestamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.medborgarlofte.casefile.CaseRecords.NewPledge;

/** The pledge itself in the case file: its registration, stage, signing, communication, feedback and end. */
@Component
public class PledgeRegister {

    private final JdbcClient jdbc;
    private final CaseEvents events;
    private final TransactionOperations separateTransaction;

    /**
     * @param separateTransaction runs work in a transaction of its own; used only to create a year's sequence row,
     *                            so that the number itself is allocated inside the caller's transaction
     */
    public PledgeRegister(
            JdbcClient jdbc,
            CaseEvents events,
            @Qualifier("separateTransaction") TransactionOperations separateTransaction) {
        this.jdbc = jdbc;
        this.events = events;
        this.separateTransaction = separateTransaction;
    }

    /**
     * Registers a new pledge and gives it the next registration number of the year. The number is taken under a row
     * lock in the caller's transaction: concurrent starts wait for each other, and a start that rolls back leaves no gap.
     */
    public String register(NewPledge pledge, int year, String actor, Instant at) {
        int sequence = nextSequence(year);
        String registrationNumber = RegistrationNumbers.format(year, sequence);
        jdbc.sql("""
                INSERT INTO pledge (registration_number, registration_year, registration_sequence, title, area,
                    area_description, target_group, background, period_start, period_end, stage, status, renewed_from,
                    process_instance_id, created_by, created_at, updated_at)
                VALUES (:number, :year, :sequence, :title, :area, :areaDescription, :targetGroup, :background, :periodStart,
                    :periodEnd, 'registered', 'active', :renewedFrom, :processInstanceId, :actor, :at, :at)""")
                .param("number", registrationNumber)
                .param("year", year)
                .param("sequence", sequence)
                .param("title", pledge.title())
                .param("area", pledge.area())
                .param("areaDescription", pledge.areaDescription())
                .param("targetGroup", blankAsNull(pledge.targetGroup()))
                .param("background", pledge.background())
                .param("periodStart", pledge.periodStart())
                .param("periodEnd", pledge.periodEnd())
                .param("renewedFrom", pledge.renewedFrom())
                .param("processInstanceId", pledge.processInstanceId())
                .param("actor", actor)
                .param("at", timestamp(at))
                .update();
        long id = events.pledgeId(registrationNumber);
        for (String party : pledge.parties()) {
            jdbc.sql("INSERT INTO pledge_party (pledge_id, party) VALUES (?, ?)")
                    .params(id, party)
                    .update();
        }
        String origin = pledge.renewedFrom() == null ? "" : " som förnyelse av " + pledge.renewedFrom();
        events.append(
                id, "registered", "Medborgarlöftet \"" + pledge.title() + "\" registrerades" + origin + ".", actor, at);
        return registrationNumber;
    }

    public void enterStage(String registrationNumber, String stage, String description, Instant at) {
        long id = events.pledgeId(registrationNumber);
        jdbc.sql("UPDATE pledge SET stage = ?, updated_at = ? WHERE id = ?")
                .params(stage, timestamp(at), id)
                .update();
        events.append(id, "stage", description, null, at);
    }

    public void recordSigning(String registrationNumber, LocalDate signedOn, String signatories, Instant at) {
        long id = events.pledgeId(registrationNumber);
        jdbc.sql("UPDATE pledge SET signed_on = ?, signatories = ?, updated_at = ? WHERE id = ?")
                .params(signedOn, signatories, timestamp(at), id)
                .update();
        events.append(id, "signed", "Medborgarlöftet undertecknades av " + signatories + ".", null, at);
    }

    /** The municipality's own decision on the pledge, recorded when it approves (each approval replaces it). */
    public void recordMunicipalDecision(
            String registrationNumber, MunicipalDecision decision, String actor, Instant at) {
        long id = events.pledgeId(registrationNumber);
        jdbc.sql("""
                UPDATE pledge SET municipal_decision_body = ?, municipal_decision_on = ?, municipal_registry_number = ?,
                updated_at = ? WHERE id = ?""")
                .params(
                        decision == null ? null : decision.body(),
                        decision == null ? null : decision.decidedOn(),
                        decision == null ? null : decision.registryNumber(),
                        timestamp(at),
                        id)
                .update();
        if (decision != null) {
            events.append(id, "municipal-decision", "Kommunens beslut: " + decision.describe() + ".", actor, at);
        }
    }

    public void recordCommunication(
            String registrationNumber,
            LocalDate communicatedOn,
            List<String> channels,
            String note,
            String actor,
            Instant at) {
        long id = events.pledgeId(registrationNumber);
        jdbc.sql("UPDATE pledge SET communicated_on = ?, communication_channels = ?, updated_at = ? WHERE id = ?")
                .params(communicatedOn, String.join(",", channels), timestamp(at), id)
                .update();
        events.append(
                id,
                "communicated",
                "Medborgarlöftet kommunicerades till medborgarna " + communicatedOn + " (" + String.join(", ", channels)
                        + ").",
                actor,
                at);
    }

    public void recordFeedback(
            String registrationNumber, LocalDate feedbackOn, String summary, String actor, Instant at) {
        long id = events.pledgeId(registrationNumber);
        jdbc.sql("UPDATE pledge SET feedback_on = ?, feedback_summary = ?, updated_at = ? WHERE id = ?")
                .params(feedbackOn, summary, timestamp(at), id)
                .update();
        events.append(id, "feedback", "Resultaten återkopplades till medborgarna " + feedbackOn + ".", actor, at);
    }

    /** The pledge has ended: closed, or renewed as the given pledge. */
    public void conclude(String registrationNumber, String renewedAs, String actor, Instant at) {
        long id = events.pledgeId(registrationNumber);
        String status = renewedAs == null ? "closed" : "renewed";
        jdbc.sql("UPDATE pledge SET status = ?, stage = 'ended', renewed_as = ?, updated_at = ? WHERE id = ?")
                .params(status, renewedAs, timestamp(at), id)
                .update();
        events.append(
                id,
                status,
                renewedAs == null ? "Medborgarlöftet avslutades." : "Medborgarlöftet förnyades som " + renewedAs + ".",
                actor,
                at);
    }

    /** Text fields of the draft that belong to the pledge itself. */
    public void recordDraftText(
            String registrationNumber, String pledgeText, LocalDate periodStart, LocalDate periodEnd, Instant at) {
        jdbc.sql(
                        "UPDATE pledge SET pledge_text = ?, period_start = ?, period_end = ?, updated_at = ? WHERE registration_number = ?")
                .params(pledgeText, periodStart, periodEnd, timestamp(at), registrationNumber)
                .update();
    }

    private int nextSequence(int year) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM registration_sequence WHERE registration_year = ?")
                        .param(year)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!exists) {
            separateTransaction.executeWithoutResult(status -> createYear(year));
        }
        jdbc.sql("UPDATE registration_sequence SET last_value = last_value + 1 WHERE registration_year = ?")
                .param(year)
                .update();
        return jdbc.sql("SELECT last_value FROM registration_sequence WHERE registration_year = ?")
                .param(year)
                .query(Integer.class)
                .single();
    }

    private void createYear(int year) {
        try {
            jdbc.sql("INSERT INTO registration_sequence (registration_year, last_value) VALUES (?, 0)")
                    .param(year)
                    .update();
        } catch (DuplicateKeyException concurrentlyCreated) {
            // another start created the year's row at the same moment: that row serves us too
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
