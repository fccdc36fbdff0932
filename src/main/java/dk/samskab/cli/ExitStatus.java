package dk.samskab.cli;

/** The exit statuses of the contract, and one for samskab's own failures. */
public final class ExitStatus {

    /** Classified; all scenarios passed; rules valid. */
    public static final int OK = 0;
    /** Replay: a scenario failed or could not be read. */
    public static final int FAILED = 1;
    /** Bad input, bad arguments, or rules that do not compile. */
    public static final int BAD_INPUT = 2;
    /** samskab itself failed: a bug, reported in one line; {@code --debug} shows the stack trace. */
    public static final int INTERNAL = 3;

    private ExitStatus() {}
}
