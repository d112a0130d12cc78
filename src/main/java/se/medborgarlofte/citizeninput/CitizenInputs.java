package se.medborgarlofte.citizeninput;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.system.EngineContext;

/**
 * Receives what a citizen sends from a running published pledge's page: checks it, limits how much one client address
 * may send (counted in the database, so that every node sees the same count), stores it in the case file with a
 * timeline event that holds neither the text nor the address, and starts the coordinators' task to handle it, all in
 * one transaction. The client address itself is never stored, only a hash salted with a random salt of the day.
 */
@Service
public class CitizenInputs {

    /** What became of a submission. */
    public enum Outcome {
        /** Stored, and a task for the coordinators started. */
        RECEIVED,
        /** The hidden field was filled in: treated as received, nothing stored. */
        IGNORED,
        /** The fields are not right; see the problems. */
        INVALID,
        /** This address sent too much in the last hour. */
        TOO_MANY,
        /** No running published pledge by that number. */
        NOT_OPEN
    }

    public record Result(Outcome outcome, Map<String, String> problems) {

        static Result of(Outcome outcome) {
            return new Result(outcome, Map.of());
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final CaseEvents events;
    private final RuntimeService runtime;
    private final CitizenInputProperties properties;
    private final TransactionTemplate transaction;

    CitizenInputs(
            JdbcClient jdbc,
            CaseEvents events,
            RuntimeService runtime,
            CitizenInputProperties properties,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.runtime = runtime;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Whether the pledge takes input: published (signed and communicated) and running. */
    public boolean isOpen(String registrationNumber) {
        return openPledge(registrationNumber).isPresent();
    }

    /**
     * Handles one submission. {@code trap} is the hidden field that people leave empty; {@code remoteAddress} the
     * client's address, used only for its salted hash.
     */
    public Result receive(String registrationNumber, Submission submission, String trap, String remoteAddress) {
        if (openPledge(registrationNumber).isEmpty()) {
            return Result.of(Outcome.NOT_OPEN);
        }
        if (trap != null && !trap.isBlank()) {
            return Result.of(Outcome.IGNORED);
        }
        Map<String, String> problems = submission.problems();
        if (!problems.isEmpty()) {
            return new Result(Outcome.INVALID, new LinkedHashMap<>(problems));
        }
        Instant now = EngineContext.now();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        String hash = hash(salt(today), remoteAddress);
        List<String> hashes = List.of(hash, hash(salt(today.minusDays(1)), remoteAddress));
        return transaction.execute(status -> {
            long sent = jdbc.sql(
                            "SELECT COUNT(*) FROM citizen_input WHERE address_hash IN (:hashes) AND received_at > :since")
                    .param("hashes", hashes)
                    .param("since", CaseEvents.timestamp(now.minus(WINDOW)))
                    .query(Long.class)
                    .single();
            if (sent >= properties.perAddressHour()) {
                return Result.of(Outcome.TOO_MANY);
            }
            long pledgeId = openPledge(registrationNumber).orElseThrow();
            long id = store(pledgeId, submission, hash, now);
            events.append(
                    pledgeId,
                    "citizen-input-received",
                    "En synpunkt från en medborgare har kommit in (nr " + id + ").",
                    "medborgare",
                    now);
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put(CitizenInputProcess.INPUT_ID, id);
            variables.put(CitizenInputProcess.WHAT, submission.what());
            variables.put(CitizenInputProcess.WHERE, submission.where());
            variables.put(CitizenInputProcess.EMAIL, submission.email());
            ProcessInstance instance =
                    runtime.startProcessInstanceByKey(CitizenInputProcess.KEY, registrationNumber, variables);
            jdbc.sql("UPDATE citizen_input SET process_instance_id = ? WHERE id = ?")
                    .params(instance.getId(), id)
                    .update();
            return Result.of(Outcome.RECEIVED);
        });
    }

    private long store(long pledgeId, Submission submission, String hash, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO citizen_input (pledge_id, what, where_text, email, address_hash, received_at, status)
                VALUES (?, ?, ?, ?, ?, ?, 'new')""")
                .params(
                        pledgeId,
                        submission.what(),
                        submission.where(),
                        submission.email(),
                        hash,
                        CaseEvents.timestamp(now))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    private Optional<Long> openPledge(String registrationNumber) {
        return jdbc.sql("SELECT id FROM pledge WHERE registration_number = ? AND status = 'active'"
                        + " AND signed_on IS NOT NULL AND communicated_on IS NOT NULL")
                .param(registrationNumber)
                .query(Long.class)
                .optional();
    }

    /** The salt of the day, made by the first node that needs it. */
    String salt(LocalDate day) {
        Optional<String> salt = findSalt(day);
        if (salt.isPresent()) {
            return salt.get();
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        try {
            jdbc.sql("INSERT INTO citizen_input_salt (salt_day, salt) VALUES (?, ?)")
                    .params(day, HexFormat.of().formatHex(random))
                    .update();
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // read below
        }
        return findSalt(day).orElseThrow();
    }

    private Optional<String> findSalt(LocalDate day) {
        return jdbc.sql("SELECT salt FROM citizen_input_salt WHERE salt_day = ?")
                .param(day)
                .query(String.class)
                .optional();
    }

    static String hash(String salt, String address) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((salt + "|" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
