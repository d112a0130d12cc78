package se.medborgarlofte.pledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import se.medborgarlofte.casefile.CommitmentProgress;

/**
 * The steering group assesses each commitment in its review form. The form's list needs one row per commitment
 * before the reviewer opens it; this builds those rows from the commitments of the pledge, with what was planned and
 * done, which the follow-up's own list shows too.
 */
public final class CommitmentAssessments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CommitmentAssessments() {}

    /** One unassessed row per commitment: its promise, party and an empty assessment. */
    public static String template(String commitmentsJson) {
        return template(commitmentsJson, List.of());
    }

    /**
     * One unassessed row per commitment: its promise and party, what was planned and what the reports say was done
     * (from the case file's progress of the same commitment, in the same order), and an empty assessment.
     */
    public static String template(String commitmentsJson, List<CommitmentProgress> progress) {
        ArrayNode rows = JSON.createArrayNode();
        JsonNode commitments = parseArray(commitmentsJson);
        for (int i = 0; i < commitments.size(); i++) {
            JsonNode commitment = commitments.get(i);
            ObjectNode row = rows.addObject();
            row.put("promise", commitment.path("promise").asText(""));
            row.put("party", commitment.path("party").asText(""));
            if (i < progress.size()
                    && progress.get(i).promise().equals(row.path("promise").asText())) {
                row.put("planned", progress.get(i).planned());
                row.put("done", progress.get(i).done());
            }
            row.putNull("assessment");
        }
        return rows.toString();
    }

    /** The follow-up's read-only list: per commitment, its promise, what was planned and what was done. */
    public static String progressRows(List<CommitmentProgress> progress) {
        ArrayNode rows = JSON.createArrayNode();
        for (CommitmentProgress commitment : progress) {
            rows.addObject()
                    .put("promise", commitment.promise())
                    .put("planned", commitment.planned())
                    .put("done", commitment.done());
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
