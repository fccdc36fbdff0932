package dk.samskab.replay;

import dk.samskab.i18n.MessageBundle;

/** The counts a replay ends with. */
public record Summary(int passed, int failed, int errors, int changed, long nanos) {

    /** The scenarios replayed: passed, failed or in error. */
    public int total() {
        return passed + failed + errors;
    }

    public boolean allPassed() {
        return failed == 0 && errors == 0;
    }

    /** The last line of a replay, {@code N passed, N failed} and the errors when there were any. */
    public String line(MessageBundle messages) {
        String line = messages.text("replay.summary", passed, failed);
        return errors == 0 ? line : line + messages.text("replay.summary-errors", errors);
    }
}
