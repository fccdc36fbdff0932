package dk.samskab.rules;

import dk.samskab.i18n.Lang;
import java.util.List;

/** Rule files that cannot be used, with every problem found. */
public final class RuleProblems extends Exception {

    private final transient List<RuleProblem> problems;

    public RuleProblems(List<RuleProblem> problems) {
        super(problems.isEmpty() ? "rule problems" : problems.get(0).render(Lang.EN), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public static RuleProblems of(RuleProblem problem) {
        return new RuleProblems(List.of(problem));
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
