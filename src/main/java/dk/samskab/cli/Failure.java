package dk.samskab.cli;

import java.util.List;

/**
 * Ends a command with an exit status and, for stderr, one line per problem (already in the user's language).
 * No stack trace reaches the user unless {@code --debug}.
 */
public final class Failure extends RuntimeException {

    private final int status;
    private final List<String> lines;

    public Failure(int status, List<String> lines, Throwable cause) {
        super(String.join("\n", lines), cause);
        this.status = status;
        this.lines = List.copyOf(lines);
    }

    public Failure(int status, String line) {
        this(status, List.of(line), null);
    }

    /** Bad input (status 2), said in one line: {@code samskab: } and {@code message}. */
    public static Failure badInput(String message) {
        return badInput(message, null);
    }

    /** Bad input, with the exception behind it for {@code --debug}. */
    public static Failure badInput(String message, Throwable cause) {
        return new Failure(ExitStatus.BAD_INPUT, List.of("samskab: " + message), cause);
    }

    public int status() {
        return status;
    }

    public List<String> lines() {
        return lines;
    }
}
