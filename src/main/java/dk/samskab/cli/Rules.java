package dk.samskab.cli;

import dk.samskab.engine.RuleBase;
import dk.samskab.rules.RuleProblem;
import dk.samskab.rules.RuleProblems;
import java.util.ArrayList;
import java.util.List;

/** Loads the rules a command names, or fails with one line per problem (and Drools' own text under --debug). */
final class Rules {

    private Rules() {
    }

    static RuleBase load(CommonOptions options) {
        try {
            return RuleBase.load(options.rulesFolder());
        } catch (RuleProblems problems) {
            throw new Failure(ExitStatus.BAD_INPUT, lines(problems, options), null);
        }
    }

    static List<String> lines(RuleProblems problems, CommonOptions options) {
        List<String> lines = new ArrayList<>();
        for (RuleProblem problem : problems.problems()) {
            lines.add(problem.render(options.lang()));
            if (options.debug && problem.original() != null) {
                problem.original().lines().forEach(line -> lines.add("    drools: " + line));
            }
        }
        return lines;
    }
}
