package dk.samskab.api;

import java.util.List;

/** A rules folder that cannot be used: every problem, each as {@code file:line:column: message}. */
public final class RulesException extends Exception {

    private final List<String> problems;

    RulesException(List<String> problems) {
        super(problems.isEmpty() ? "the rules cannot be used" : String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
