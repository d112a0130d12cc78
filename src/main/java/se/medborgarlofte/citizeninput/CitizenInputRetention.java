package se.medborgarlofte.citizeninput;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.system.EngineContext;

/**
 * Clears what a citizen sent once the retention period is over: the email address, the text and the place go from
 * the case file and from the engine (the task's variables and their history); status and handling stay. The salted
 * address hashes, needed only for the hour of the rate limit, are cleared after two days and their salts deleted.
 */
@Component
@RequiredArgsConstructor
public class CitizenInputRetention {

    /** How long the address hash and its salt are kept: the rate limit looks back an hour, across midnight. */
    static final Duration HASH_KEPT = Duration.ofDays(2);

    private static final List<String> VARIABLES =
            List.of(CitizenInputProcess.WHAT, CitizenInputProcess.WHERE, CitizenInputProcess.EMAIL);

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final CitizenInputProperties properties;

    @Scheduled(
            fixedDelayString = "${medborgarlofte.publication.citizen-input.cleanup:PT1H}",
            initialDelayString = "PT2M")
    @SchedulerLock(name = "citizen-input-retention", lockAtMostFor = "PT30M")
    void scheduled() {
        clear(EngineContext.now());
    }

    /** Clears the input received before the retention period that ends at {@code now}; returns how many. */
    @Transactional
    public int clear(Instant now) {
        Instant before =
                now.atZone(ZoneOffset.UTC).minus(properties.retention()).toInstant();
        record Expired(long id, String processInstanceId) {}
        List<Expired> expired = jdbc.sql(
                        "SELECT id, process_instance_id FROM citizen_input WHERE received_at < ? AND cleared_at IS NULL")
                .param(CaseEvents.timestamp(before))
                .query((rs, n) -> new Expired(rs.getLong("id"), rs.getString("process_instance_id")))
                .list();
        for (Expired input : expired) {
            jdbc.sql("""
                    UPDATE citizen_input SET email = NULL, what = NULL, where_text = NULL, cleared_at = ? WHERE id = ?""").params(CaseEvents.timestamp(now), input.id()).update();
            if (input.processInstanceId() != null) {
                if (runtime.createProcessInstanceQuery()
                                .processInstanceId(input.processInstanceId())
                                .count()
                        > 0) {
                    runtime.removeVariables(input.processInstanceId(), VARIABLES);
                }
                for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                        .processInstanceId(input.processInstanceId())
                        .variableNameIn(VARIABLES.toArray(String[]::new))
                        .list()) {
                    history.deleteHistoricVariableInstance(variable.getId());
                }
            }
        }
        jdbc.sql("UPDATE citizen_input SET address_hash = NULL WHERE address_hash IS NOT NULL AND received_at < ?")
                .param(CaseEvents.timestamp(now.minus(HASH_KEPT)))
                .update();
        jdbc.sql("DELETE FROM citizen_input_salt WHERE salt_day < ?")
                .param(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1))
                .update();
        return expired.size();
    }
}
