package dk.samskab.cli;

import dk.samskab.text.Quoted;
import dk.samskab.text.SourceText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What samskab prints for a person to read, with every invisible format character shown by its code: a bidi
 * override (U+202E) in a case's title would otherwise reverse the rest of the line on a terminal, and a zero-width
 * space would make two names look the same. Used for standard error always, and for standard output when it is a
 * terminal; a file or a pipe gets the text exactly as it is.
 */
final class VisibleWriter extends FilterWriter {

    /** A high surrogate written without its low half yet. */
    private char pending;

    VisibleWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pending != 0) {
            char high = pending;
            pending = 0;
            if (Character.isLowSurrogate(ch)) {
                emit(Character.toCodePoint(high, ch));
                return;
            }
            out.write(high);
        }
        if (Character.isHighSurrogate(ch)) {
            pending = ch;
        } else {
            emit(ch);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    /** A pending high surrogate waits for its other half; only closing writes it alone. */
    @Override
    public void close() throws IOException {
        if (pending != 0) {
            out.write(pending);
            pending = 0;
        }
        super.close();
    }

    private void emit(int codePoint) throws IOException {
        if (Quoted.isInvisible(codePoint)) {
            out.write("<" + SourceText.codeOf(codePoint) + ">");
        } else if (Character.isSupplementaryCodePoint(codePoint)) {
            out.write(Character.toChars(codePoint));
        } else {
            out.write(codePoint);
        }
    }
}
