package se.medborgarlofte.attachment;

import java.util.Arrays;
import java.util.Optional;

/** What in a pledge an attachment is attached to. */
public enum SubjectKind {
    PLEDGE("pledge", "Medborgarlöftet"),
    COMMITMENT("commitment", "Åtagande"),
    FOLLOW_UP("follow-up", "Uppföljning"),
    COUNCIL_MEETING("council-meeting", "Rådsmöte"),
    STEERING_REVIEW("steering-review", "Styrgruppens granskning");

    private final String code;
    private final String label;

    SubjectKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<SubjectKind> ofCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
