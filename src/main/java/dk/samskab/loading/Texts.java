package dk.samskab.loading;

/** Text from a case, made fit to quote in a one-line message. */
public final class Texts {

    /** The most characters of a case's text that a message quotes. */
    public static final int QUOTED_LENGTH = 80;

    private Texts() {
    }

    /** {@code text} on one line, cut to {@link #QUOTED_LENGTH} characters with "…" when longer. */
    public static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        if (line.codePointCount(0, line.length()) <= QUOTED_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, QUOTED_LENGTH - 1)) + "…";
    }
}
