package dk.samskab.engine;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.Message;
import java.util.List;

/**
 * The rules could not classify a case: a consequence threw, the rules kept firing, or they derived no type or more
 * than one. Names the rules involved; a defect of the rules, not of the case.
 */
public final class RuleFailure extends Exception {

    private final Message problem;
    private final List<String> rules;

    public RuleFailure(Message problem, List<String> rules, Throwable cause) {
        super(problem.render(Lang.EN), cause);
        this.problem = problem;
        this.rules = List.copyOf(rules);
    }

    public Message problem() {
        return problem;
    }

    public List<String> rules() {
        return rules;
    }
}
