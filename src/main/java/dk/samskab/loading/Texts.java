package dk.samskab.loading;

/** Text from a case, made fit to quote in a one-line message. */
public final class Texts {

    /** The most characters of a case's text that a message quotes. */
    public static final int QUOTED_LENGTH = 80;

    private Texts() {}

    /**
     * {@code text} on one line, cut to {@link #QUOTED_LENGTH} characters with "…" when longer. A line break is a
     * space; any other control character or line separator is shown by its code, such as {@code <U+0085>}, so
     * that a message never carries one to a terminal.
     */
    public static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        if (line.codePointCount(0, line.length()) > QUOTED_LENGTH) {
            line = line.substring(0, line.offsetByCodePoints(0, QUOTED_LENGTH - 1)) + "…";
        }
        StringBuilder shown = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            if (SourceText.isPrintable(c) && c != '\t' && c != 0xFEFF) {
                shown.appendCodePoint(c);
            } else {
                shown.append('<').append(SourceText.codeOf(c)).append('>');
            }
        });
        return shown.toString();
    }
}
