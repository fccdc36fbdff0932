package dk.samskab.compare;

import dk.samskab.i18n.Message;

/**
 * The files given do not describe one process as its parties: a file that does not say whose description it is,
 * files whose actors differ, two files of one party, or fewer than two parties. The message names the files.
 */
public final class NotOneProcess extends Exception {

    private final transient Message problem;

    public NotOneProcess(Message problem) {
        super(problem.key());
        this.problem = problem;
    }

    public Message problem() {
        return problem;
    }
}
