package dk.samskab.replay;

/** How one scenario fared. */
public enum Verdict {
    PASS,
    FAIL,
    ERROR
}
