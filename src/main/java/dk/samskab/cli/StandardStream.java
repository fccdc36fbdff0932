package dk.samskab.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Standard output or error as a stream that remembers why a write failed: a {@link java.io.PrintWriter} swallows
 * the error, and a report written to a full disk would otherwise end with status 0.
 */
final class StandardStream extends FilterOutputStream {

    private IOException failure;

    StandardStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    /** Why the first failed write failed, if one did. */
    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /** Whether the reader went away ({@code samskab … | head}): not worth a message, as for any Unix tool. */
    static boolean readerLeft(IOException e) {
        return String.valueOf(e.getMessage()).contains("Broken pipe");
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
