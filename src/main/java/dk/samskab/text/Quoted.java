package dk.samskab.text;

/** Text from a case, made fit to quote in a one-line message. */
public final class Quoted {

    /** The most characters of a case's text that a message quotes. */
    public static final int QUOTED_LENGTH = 80;

    private Quoted() {}

    /**
     * {@code text} on one line, cut to {@link #QUOTED_LENGTH} characters with "…" when longer. A line break is a
     * space; any other control character or line separator, and any invisible format character (a bidi control
     * such as U+202E, which reverses the text after it), is shown by its code, such as {@code <U+0085>}, so that a
     * message never carries one to a terminal.
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
            if (SourceText.isPrintable(c) && c != '\t' && !isInvisible(c)) {
                shown.appendCodePoint(c);
            } else {
                shown.append('<').append(SourceText.codeOf(c)).append('>');
            }
        });
        return shown.toString();
    }

    /**
     * Whether {@code c} is a format character a reader cannot see: the bidi controls (U+202A–U+202E, U+2066–U+2069,
     * U+200E, U+200F, U+061C), zero-width spaces, the byte order mark, soft hyphen, tag characters, and the Hangul
     * fillers that show as nothing. The zero-width joiner and non-joiner stay: emoji and some scripts need them,
     * and they move no text.
     */
    public static boolean isInvisible(int c) {
        if (c == 0x200C || c == 0x200D) {
            return false;
        }
        return Character.getType(c) == Character.FORMAT || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
    }

    /** {@code text} with every {@linkplain #isInvisible invisible} character shown by its code, {@code <U+202E>}. */
    public static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isInvisible(c)) {
                shown.append('<').append(SourceText.codeOf(c)).append('>');
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
