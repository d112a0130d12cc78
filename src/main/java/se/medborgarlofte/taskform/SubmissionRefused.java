package se.medborgarlofte.taskform;

import java.util.List;
import se.medborgarlofte.system.web.FieldProblem;

/** A submission that breaks its form's contract: every wrong field, in Swedish. Nothing of it is written. */
public class SubmissionRefused extends RuntimeException {

    private final List<FieldProblem> problems;

    public SubmissionRefused(List<FieldProblem> problems) {
        super("Submission refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
