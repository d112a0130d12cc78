package se.medborgarlofte.organisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.identity.WorkflowGroups;

/** The organisations in the case file, each with its own Camunda group. */
@Component
@RequiredArgsConstructor
public class Organisations {

    /** The longest group id the application gives an organisation (the engine's column holds 64). */
    static final int GROUP_ID_LENGTH = 40;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS =
            "id, name, kind, group_id, contact_name, contact_email, contact_phone FROM organisation";

    private final JdbcClient jdbc;
    private final WorkflowGroups groups;

    /** What a user enters about an organisation. */
    public record Details(
            String name, OrganisationKind kind, String contactName, String contactEmail, String contactPhone) {}

    public List<Organisation> list() {
        return jdbc.sql("SELECT " + COLUMNS + " ORDER BY name")
                .query(Organisations::row)
                .list();
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE id = ?")
                .param(id)
                .query(Organisations::row)
                .optional();
    }

    public Optional<Organisation> byGroup(String groupId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE group_id = ?")
                .param(groupId)
                .query(Organisations::row)
                .optional();
    }

    /** The organisations whose groups these are (a user's organisations, by the user's groups). */
    public List<Organisation> ofGroups(Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " WHERE group_id IN (:groups) ORDER BY name")
                .param("groups", groupIds)
                .query(Organisations::row)
                .list();
    }

    /** Whether another organisation than {@code except} (null: any) has this name, compared without case. */
    public boolean nameTaken(String name, Long except) {
        return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE LOWER(name) = LOWER(?) AND id <> ?")
                        .params(name.strip(), except == null ? -1L : except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds an organisation and creates its group, whose id is made from the name. */
    @Transactional
    public Organisation create(Details details, Instant at) {
        return insert(details, freeGroupId(details.name()), at);
    }

    /**
     * Adds an organisation with a given group id unless one with that group exists (the demo's organisations, whose
     * users are put into known groups); returns the organisation either way.
     */
    @Transactional
    public Organisation ensure(Details details, String groupId, Instant at) {
        return byGroup(groupId).orElseGet(() -> insert(details, groupId, at));
    }

    /** Changes an organisation's name, kind and contact; its group stays and takes the new name. */
    @Transactional
    public Optional<Organisation> update(long id, Details details, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE organisation SET name = ?, kind = ?, contact_name = ?, contact_email = ?, contact_phone = ?,
                            updated_at = ? WHERE id = ?""")
                .params(
                        details.name().strip(),
                        details.kind().code(),
                        details.contactName(),
                        details.contactEmail(),
                        details.contactPhone(),
                        at.atOffset(ZoneOffset.UTC),
                        id)
                .update();
        if (updated == 0) {
            return Optional.empty();
        }
        Organisation organisation = find(id).orElseThrow();
        groups.ensure(organisation.groupId(), organisation.name());
        groups.rename(organisation.groupId(), organisation.name());
        return Optional.of(organisation);
    }

    /** Creates the group of every organisation that has none yet and gives each its rights (at start-up). */
    public void ensureGroups() {
        list().forEach(organisation -> groups.ensure(organisation.groupId(), organisation.name()));
    }

    /**
     * The organisations as a select's options ({@code value}: the id as text, {@code label}: the name), the form
     * variable a draft's commitments choose their organisation from.
     */
    public String choicesJson() {
        ArrayNode options = JSON.createArrayNode();
        for (Organisation organisation : list()) {
            options.addObject()
                    .put("value", String.valueOf(organisation.id()))
                    .put(
                            "label",
                            organisation.name() + " (" + organisation.kind().label() + ")");
        }
        return options.toString();
    }

    private Organisation insert(Details details, String groupId, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO organisation (name, kind, group_id, contact_name, contact_email, contact_phone,
                            created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        details.name().strip(),
                        details.kind().code(),
                        groupId,
                        details.contactName(),
                        details.contactEmail(),
                        details.contactPhone(),
                        at.atOffset(ZoneOffset.UTC),
                        at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        Organisation organisation = find(keys.getKey().longValue()).orElseThrow();
        groups.ensure(groupId, organisation.name());
        return organisation;
    }

    /**
     * A group id from the name that neither an organisation nor another group (e.g. {@code styrgrupp}) has: the
     * engine takes only letters and digits, so "Nattvandrarna Gustav Adolf" becomes {@code nattvandrarnagustavadolf}.
     */
    private String freeGroupId(String name) {
        String base = groupIdOf(name);
        String candidate = base;
        for (int suffix = 2; byGroup(candidate).isPresent() || groups.exists(candidate); suffix++) {
            candidate = base + suffix;
        }
        return candidate;
    }

    /** The group id a name gives: its letters (without accents) and digits, in lower case. */
    static String groupIdOf(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        if (base.isEmpty()) {
            return "organisation";
        }
        return base.substring(0, Math.min(base.length(), GROUP_ID_LENGTH));
    }

    private static Organisation row(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getLong("id"),
                rs.getString("name"),
                OrganisationKind.ofCode(rs.getString("kind")).orElse(OrganisationKind.OTHER),
                rs.getString("group_id"),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"));
    }
}
