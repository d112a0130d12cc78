package se.medborgarlofte.attachment;

import java.util.Arrays;
import java.util.Optional;

/** Who may read an attachment; chosen per attachment by whoever uploads it. */
public enum Confidentiality {
    /** Everyone, citizens included once the pledge is published. */
    PUBLIC("public", "Offentlig"),
    /** The coordinator, the pledge's parties and the steering group. */
    PARTIES("parties", "Parterna"),
    /** The police only (groups polis and polisledning); not the coordinator. */
    POLICE("police", "Endast polisen");

    private final String code;
    private final String label;

    Confidentiality(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Confidentiality> ofCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
