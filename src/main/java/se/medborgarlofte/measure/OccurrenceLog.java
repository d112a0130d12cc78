package se.medborgarlofte.measure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.medborgarlofte.casefile.Occurrence;

/**
 * The occurrences reported for one measure (each night walk, each meeting), kept as a JSON list, with the totals
 * that follow-up compares against the commitment's target.
 */
public record OccurrenceLog(String json, int count, long reportedQuantity) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static OccurrenceLog empty() {
        return new OccurrenceLog("[]", 0, 0);
    }

    /** Reads a log from its JSON list; a missing list is an empty log. */
    public static OccurrenceLog of(String json) {
        ArrayNode list = parse(json);
        long quantity = 0;
        for (JsonNode occurrence : list) {
            quantity += occurrence.path("quantity").asLong(0);
        }
        return new OccurrenceLog(list.toString(), list.size(), quantity);
    }

    /** The log with one more occurrence at its end. */
    public OccurrenceLog append(Occurrence occurrence) {
        ArrayNode list = parse(json);
        ObjectNode row = list.addObject();
        row.put("date", occurrence.date().toString());
        row.put("participants", occurrence.participants());
        if (occurrence.hours() == null) {
            row.putNull("hours");
        } else {
            row.put("hours", occurrence.hours());
        }
        row.put("quantity", occurrence.quantity());
        row.put("observations", occurrence.observations());
        return new OccurrenceLog(list.toString(), count + 1, reportedQuantity + occurrence.quantity());
    }

    private static ArrayNode parse(String json) {
        if (json == null || json.isBlank()) {
            return JSON.createArrayNode();
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node instanceof ArrayNode array) {
                return array;
            }
            throw new IllegalArgumentException("Rapportloggen måste vara en lista.");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Rapportloggen är inte giltig JSON: " + e.getOriginalMessage());
        }
    }
}
