package dk.samskab.report;

/**
 * Text laid out for a terminal: lines wrapped at word boundaries within a width, with a hanging indent. A no-break
 * space (U+00A0) keeps words together, and is written as a plain space.
 */
final class Wrapped {

    static final int WIDTH = 100;
    private static final char NO_BREAK = '\u00a0';

    private final StringBuilder out = new StringBuilder();

    /** Adds {@code text} starting at {@code indent} spaces; continuation lines start at {@code hanging} spaces. */
    Wrapped line(int indent, int hanging, String text) {
        int width = WIDTH;
        StringBuilder current = new StringBuilder(" ".repeat(indent));
        int lineStart = indent;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean first = current.length() == lineStart;
            if (!first && current.length() + 1 + word.length() > width) {
                out.append(current.toString().stripTrailing().replace(NO_BREAK, ' '))
                        .append('\n');
                current = new StringBuilder(" ".repeat(hanging));
                lineStart = hanging;
                first = true;
            }
            if (!first) {
                current.append(' ');
            }
            current.append(word);
        }
        out.append(current.toString().stripTrailing().replace(NO_BREAK, ' ')).append('\n');
        return this;
    }

    /** {@code text} as one unbreakable word. */
    static String together(String text) {
        return text.replace(' ', NO_BREAK);
    }

    Wrapped line(int indent, String text) {
        return line(indent, indent, text);
    }

    Wrapped blank() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
