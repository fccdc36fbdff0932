package dk.samskab.replay;

/** The counts a replay ends with. */
public record Summary(int passed, int failed, int errors, int changed, long nanos) {

    public boolean allPassed() {
        return failed == 0 && errors == 0;
    }
}
