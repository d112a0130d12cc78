package se.medborgarlofte.attachment;

/**
 * Something in a pledge that can have attachments, as the upload forms offer it.
 *
 * @param value the form's value: the kind's code, and for all but the pledge ":" and the id ("commitment:12")
 * @param label what it is, in Swedish
 */
public record Subject(String value, String label) {

    static Subject of(SubjectKind kind, Long id, String label) {
        return new Subject(id == null ? kind.code() : kind.code() + ":" + id, label);
    }
}
