package se.medborgarlofte.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import se.medborgarlofte.system.FormValues;

/**
 * One commitment (åtagande) of a pledge, as the draft form's list submits it. {@code id} is the case file's id of the
 * commitment, added to the list once the draft is recorded; it is absent in a draft being written. {@code
 * organisationId} is the organisation that carries it out (the form's {@code organisation}); {@code party} is the
 * party word of that organisation's kind, which the server derives. Commitments drafted before organisations were
 * records may have no organisation.
 */
public record Commitment(
        Long id,
        String party,
        String promise,
        String measureType,
        Long targetQuantity,
        String targetUnit,
        LocalDate dueDate,
        String indicator,
        Long organisationId) {

    /** The form's field (and the list variable's property) that names the organisation, its id as text. */
    public static final String ORGANISATION = "organisation";

    private static final ObjectMapper JSON = new ObjectMapper();

    public Commitment {
        require(party, "part");
        require(promise, "vad som lovas");
        require(measureType, "typ av åtgärd");
        if (dueDate == null) {
            throw new IllegalArgumentException("Åtagandet saknar slutdatum.");
        }
        if (targetQuantity != null && targetQuantity < 0) {
            throw new IllegalArgumentException("Åtagandets mål kan inte vara negativt.");
        }
    }

    public static Commitment fromJson(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Åtagandet är inte giltig JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("Åtagandet saknas.");
        }
        return new Commitment(
                node.hasNonNull("id") ? node.get("id").asLong() : null,
                text(node, "party"),
                text(node, "promise"),
                text(node, "measureType"),
                node.hasNonNull("targetQuantity") ? node.get("targetQuantity").asLong() : null,
                text(node, "targetUnit"),
                day(text(node, "dueDate")),
                text(node, "indicator"),
                organisationId(node));
    }

    /** The organisation a row names, or null; anything but a number is refused with a message the user can act on. */
    public static Long organisationId(JsonNode row) {
        String value = text(row, ORGANISATION);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Välj åtagandets organisation i listan.");
        }
    }

    /** Commitments as the pledge's {@code commitments} list variable holds them (the draft form's rows with their ids). */
    public static String listJson(List<Commitment> commitments) {
        var rows = JSON.createArrayNode();
        for (Commitment commitment : commitments) {
            commitment.writeTo(rows.addObject());
        }
        return rows.toString();
    }

    /** This commitment as one row of the {@code commitments} list, as a measure's {@code commitment} variable holds it. */
    public String json() {
        var row = JSON.createObjectNode();
        writeTo(row);
        return row.toString();
    }

    private void writeTo(com.fasterxml.jackson.databind.node.ObjectNode row) {
        if (id != null) {
            row.put("id", id);
        }
        row.put("party", party);
        row.put("promise", promise);
        row.put("measureType", measureType);
        if (targetQuantity != null) {
            row.put("targetQuantity", targetQuantity);
        }
        row.put("targetUnit", targetUnit);
        row.put("dueDate", dueDate.toString());
        row.put("indicator", indicator);
        if (organisationId != null) {
            row.put(ORGANISATION, String.valueOf(organisationId));
        }
    }

    /** The instant the measure becomes overdue: the start of the day after its due date. */
    public Date overdueAt(ZoneId zone) {
        return Date.from(dueDate.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate day(String value) {
        return FormValues.day(value, "Åtagandets slutdatum");
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Åtagandet saknar " + what + ".");
        }
    }
}
