package se.medborgarlofte.pledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The steering group assesses each commitment in its review form. The form's list needs one row per commitment
 * before the reviewer opens it; this builds those rows from the commitments of the pledge.
 */
public final class CommitmentAssessments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CommitmentAssessments() {}

    /** One unassessed row per commitment: its promise, party and an empty assessment. */
    public static String template(String commitmentsJson) {
        ArrayNode rows = JSON.createArrayNode();
        for (JsonNode commitment : parseArray(commitmentsJson)) {
            ObjectNode row = rows.addObject();
            row.put("promise", commitment.path("promise").asText(""));
            row.put("party", commitment.path("party").asText(""));
            row.putNull("assessment");
        }
        return rows.toString();
    }

    static JsonNode parseArray(String json) {
        if (json == null || json.isBlank()) {
            return JSON.createArrayNode();
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (!node.isArray()) {
                throw new IllegalArgumentException("Åtagandena måste vara en lista.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Åtagandena är inte giltig JSON: " + e.getOriginalMessage());
        }
    }
}
