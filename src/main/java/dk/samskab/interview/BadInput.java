package dk.samskab.interview;

import dk.samskab.i18n.Message;

/** A request the interview cannot read: a malformed form, an unknown step or a field given twice. */
public final class BadInput extends Exception {

    private final transient Message problem;

    public BadInput(Message problem) {
        super(problem.key(), null, false, false);
        this.problem = problem;
    }

    public Message problem() {
        return problem;
    }
}
