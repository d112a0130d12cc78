package se.medborgarlofte.place;

import java.time.Instant;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.casefile.CaseEvents;

/**
 * The place of each pledge in the case file (table {@code pledge_place}): at most one geometry per pledge, already
 * checked by {@link PlaceGeometry}. Every change adds an event to the pledge's timeline.
 */
@Component
@RequiredArgsConstructor
public class PledgePlaces {

    private final JdbcClient jdbc;
    private final CaseEvents events;

    /** The pledge's place, if one is drawn. */
    public Optional<PlaceGeometry> find(String registrationNumber) {
        return jdbc.sql("""
                        SELECT pp.geometry FROM pledge_place pp JOIN pledge p ON p.id = pp.pledge_id
                        WHERE p.registration_number = ?""")
                .param(registrationNumber)
                .query(String.class)
                .optional()
                .map(PlaceGeometry::parse);
    }

    /** Sets or replaces the pledge's place. */
    @Transactional
    public void record(String registrationNumber, PlaceGeometry place, String actor, Instant at) {
        long pledgeId = events.pledgeId(registrationNumber);
        int updated = jdbc.sql("""
                        UPDATE pledge_place SET geometry_type = ?, geometry = ?, updated_at = ?, updated_by = ?
                        WHERE pledge_id = ?""")
                .params(place.type(), place.json(), CaseEvents.timestamp(at), actor, pledgeId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO pledge_place (pledge_id, geometry_type, geometry, updated_at, updated_by)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(pledgeId, place.type(), place.json(), CaseEvents.timestamp(at), actor)
                    .update();
        }
        events.append(pledgeId, "place", "Platsen på kartan sattes: " + place.describe(), actor, at);
    }

    /** Removes the pledge's place from the map; whether there was one. */
    @Transactional
    public boolean remove(String registrationNumber, String actor, Instant at) {
        long pledgeId = events.pledgeId(registrationNumber);
        boolean removed = jdbc.sql("DELETE FROM pledge_place WHERE pledge_id = ?")
                        .param(pledgeId)
                        .update()
                > 0;
        if (removed) {
            events.append(pledgeId, "place", "Platsen togs bort från kartan.", actor, at);
        }
        return removed;
    }
}
