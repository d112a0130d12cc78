package se.medborgarlofte.system.web;

import java.util.List;

/** A request the API refuses, with every wrong field named; answered with 400 and the fields' problems. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super("Begäran innehåller fel: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
