package se.medborgarlofte.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.medborgarlofte.casefile.Commitment;
import se.medborgarlofte.casefile.CommitmentChange;
import se.medborgarlofte.casefile.CommitmentChange.Kind;
import se.medborgarlofte.revision.RevisionProcess.Action;
import se.medborgarlofte.revision.RevisionProcess.Row;
import se.medborgarlofte.system.FormValues;

/**
 * The coordinator's draft of a revision, read from the form: what happens to each running commitment (kept, changed,
 * withdrawn with a reason) and which commitments are added. Which commitments a row concerns comes from the case file:
 * a row that names no running commitment of this pledge is refused. A commitment keeps its party and kind of measure
 * (they decide who carries it out); to move it to another party, withdraw it and add a new one.
 */
public final class RevisionDraft {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RevisionDraft() {}

    /** The rows of the draft form for the running commitments: a new row each, or the row already answered. */
    public static ArrayNode rows(List<Commitment> running, JsonNode answered) {
        Map<Long, JsonNode> earlier = new LinkedHashMap<>();
        if (answered != null && answered.isArray()) {
            answered.forEach(row -> earlier.put(row.path(Row.ID).asLong(), row));
        }
        ArrayNode rows = JSON.createArrayNode();
        for (Commitment commitment : running) {
            JsonNode before = earlier.get(commitment.id());
            if (before != null) {
                rows.add(before);
            } else {
                ObjectNode row = (ObjectNode) readTree(commitment.json());
                row.put(Row.ACTION, Action.KEEP);
                rows.add(row);
            }
        }
        return rows;
    }

    /** The changes the draft makes; refuses a draft that changes nothing or names a commitment not running here. */
    public static List<CommitmentChange> changes(JsonNode revisionRows, JsonNode addedRows, List<Commitment> running) {
        Map<Long, Commitment> byId = new LinkedHashMap<>();
        running.forEach(commitment -> byId.put(commitment.id(), commitment));
        List<CommitmentChange> changes = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int index = 0; index < revisionRows.size(); index++) {
            JsonNode row = revisionRows.get(index);
            int number = index + 1;
            Commitment known = row.path(Row.ID).canConvertToLong()
                    ? byId.get(row.path(Row.ID).asLong())
                    : null;
            if (known == null || !seen.add(known.id())) {
                throw new IllegalArgumentException("Rad " + number
                        + " under Pågående åtaganden gäller inget pågående åtagande i det här medborgarlöftet."
                        + " Öppna uppgiften på nytt.");
            }
            Commitment current = normalized(known);
            Commitment proposed = proposed(row, current, number);
            String action = row.path(Row.ACTION).asText("");
            switch (action) {
                case Action.KEEP -> {
                    if (!proposed.equals(current)) {
                        throw new IllegalArgumentException("Åtagande " + number
                                + " har ändrade uppgifter men är markerat Behåll. Välj Ändra för att ändra det.");
                    }
                }
                case Action.CHANGE -> {
                    if (proposed.equals(current)) {
                        throw new IllegalArgumentException("Åtagande " + number
                                + " är markerat Ändra men inget är ändrat. Ändra löftet, målet, slutdatumet eller"
                                + " indikatorn, eller välj Behåll.");
                    }
                    changes.add(CommitmentChange.change(current.id(), proposed));
                }
                case Action.WITHDRAW -> {
                    String reason = row.path(Row.WITHDRAWAL_REASON).asText("");
                    if (reason.isBlank()) {
                        throw new IllegalArgumentException("Ange varför åtagande " + number + " återtas.");
                    }
                    changes.add(CommitmentChange.withdraw(current.id(), reason));
                }
                default ->
                    throw new IllegalArgumentException(
                            "Välj om åtagande " + number + " ska behållas, ändras eller återtas.");
            }
        }
        for (int index = 0; index < addedRows.size(); index++) {
            JsonNode row = addedRows.get(index);
            if (row.isObject()) {
                ((ObjectNode) row).remove(Row.ID);
            }
            try {
                changes.add(CommitmentChange.add(Commitment.fromJson(row.toString())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Nytt åtagande " + (index + 1) + ": " + e.getMessage(), e);
            }
        }
        if (changes.isEmpty()) {
            throw new IllegalArgumentException(
                    "Revideringen ändrar inget. Ändra, återta eller lägg till minst ett åtagande.");
        }
        return changes;
    }

    /** Whether the police and the municipality must sign: a change or an addition; withdrawals alone are not signed. */
    public static boolean needsSigning(List<CommitmentChange> changes) {
        return changes.stream().anyMatch(CommitmentChange::needsSigning);
    }

    /** The changes in words for the signatories: only what changes, with what it was before. */
    public static String summary(List<CommitmentChange> changes, List<Commitment> running) {
        Map<Long, Commitment> byId = new LinkedHashMap<>();
        running.forEach(commitment -> byId.put(commitment.id(), commitment));
        StringBuilder text = new StringBuilder();
        signedSections(text, changes, byId);
        section(
                text,
                "Återtagna åtaganden (åtgärden avslutas, undertecknas inte)",
                changes,
                Kind.WITHDRAW,
                change -> byId.get(change.commitmentId()).promise() + "\n  Skäl: " + change.reason());
        long unchanged = running.size()
                - changes.stream().filter(change -> change.kind() != Kind.ADD).count();
        text.append("Oförändrade åtaganden som fortsätter som förut: ")
                .append(unchanged)
                .append('.');
        return text.toString();
    }

    /**
     * The organisations whose commitments the revision changes or adds, in the draft's order: those of them that
     * co-sign sign the revision beside the police and the municipality.
     */
    public static Set<Long> organisationsSigning(List<CommitmentChange> changes) {
        Set<Long> organisations = new LinkedHashSet<>();
        changes.stream()
                .filter(CommitmentChange::needsSigning)
                .map(change -> change.commitment().organisationId())
                .filter(Objects::nonNull)
                .forEach(organisations::add);
        return organisations;
    }

    /**
     * What one co-signing organisation signs, in words: only its own changed commitments (with what they promised
     * before) and its new ones; the rest of the revision is not its to sign.
     */
    public static String coSignerSummary(
            List<CommitmentChange> changes, List<Commitment> running, long organisationId) {
        Map<Long, Commitment> byId = new LinkedHashMap<>();
        running.forEach(commitment -> byId.put(commitment.id(), commitment));
        List<CommitmentChange> its = changes.stream()
                .filter(CommitmentChange::needsSigning)
                .filter(change -> Objects.equals(change.commitment().organisationId(), organisationId))
                .toList();
        StringBuilder text = new StringBuilder();
        signedSections(text, its, byId);
        return text.toString().strip();
    }

    private static void signedSections(StringBuilder text, List<CommitmentChange> changes, Map<Long, Commitment> byId) {
        section(text, "Ändrade åtaganden (undertecknas)", changes, Kind.CHANGE, change -> {
            Commitment before = byId.get(change.commitmentId());
            return describe(change.commitment()) + "\n  Tidigare: " + describe(before);
        });
        section(text, "Nya åtaganden (undertecknas)", changes, Kind.ADD, change -> describe(change.commitment()));
    }

    private static void section(
            StringBuilder text,
            String heading,
            List<CommitmentChange> changes,
            Kind kind,
            java.util.function.Function<CommitmentChange, String> line) {
        List<CommitmentChange> ofKind =
                changes.stream().filter(change -> change.kind() == kind).toList();
        if (ofKind.isEmpty()) {
            return;
        }
        text.append(heading).append(":\n");
        ofKind.forEach(change -> text.append("• ").append(line.apply(change)).append('\n'));
        text.append('\n');
    }

    private static String describe(Commitment commitment) {
        String target = commitment.targetQuantity() == null
                ? ""
                : "; mål " + commitment.targetQuantity()
                        + (commitment.targetUnit() == null
                                        || commitment.targetUnit().isBlank()
                                ? ""
                                : " " + commitment.targetUnit());
        return commitment.promise() + target + "; senast " + commitment.dueDate();
    }

    /** The row's wording with the party and kind of measure the case file holds. */
    private static Commitment proposed(JsonNode row, Commitment current, int number) {
        try {
            return new Commitment(
                    current.id(),
                    current.party(),
                    text(row, "promise"),
                    current.measureType(),
                    row.hasNonNull("targetQuantity") ? row.get("targetQuantity").asLong() : null,
                    blankAsNull(text(row, "targetUnit")),
                    FormValues.day(text(row, "dueDate"), "Slutdatum"),
                    blankAsNull(text(row, "indicator")),
                    current.organisationId());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Åtagande " + number + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The commitment as the form compares it: a blank unit or indicator is none. */
    private static Commitment normalized(Commitment commitment) {
        return new Commitment(
                commitment.id(),
                commitment.party(),
                commitment.promise(),
                commitment.measureType(),
                commitment.targetQuantity(),
                blankAsNull(commitment.targetUnit()),
                commitment.dueDate(),
                blankAsNull(commitment.indicator()),
                commitment.organisationId());
    }
}
