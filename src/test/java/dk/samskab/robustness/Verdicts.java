package dk.samskab.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.samskab.Run;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** What "one clear error" and "a report" mean for a run of the command line, asserted the same way everywhere. */
final class Verdicts {

    private Verdicts() {}

    /**
     * The run ended in exactly one clear line about {@code file}: exit status 2, nothing on stdout, one line on
     * stderr that starts with the file's path, and no trace of an exception or of samskab failing itself.
     */
    static String assertOneClearError(Run run, Path file, Supplier<String> context) {
        assertEquals(
                2,
                run.status(),
                () -> context.get() + "\nexit status\nstdout: " + head(run.out()) + "\nstderr: " + run.err());
        assertEquals("", run.out(), () -> context.get() + "\nnothing on stdout");
        List<String> lines = run.errorLines();
        assertEquals(1, lines.size(), () -> context.get() + "\nexactly one line on stderr:\n" + run.err());
        String line = lines.get(0);
        assertTrue(line.startsWith(file.toString() + ":"), () -> context.get() + "\nthe line names the file: " + line);
        assertNoTrace(run, context);
        return line;
    }

    /** The run wrote a report and nothing on stderr. */
    static void assertReport(Run run, Supplier<String> context) {
        assertEquals(0, run.status(), () -> context.get() + "\nexit status; stderr: " + run.err());
        assertEquals("", run.err(), () -> context.get() + "\nnothing on stderr");
        assertFalse(run.out().isBlank(), () -> context.get() + "\na report on stdout");
        assertNoTrace(run, context);
    }

    /** No stack trace, exception name, internal error or control character reached the user. */
    static void assertNoTrace(Run run, Supplier<String> context) {
        for (String text : List.of(run.out(), run.err())) {
            text.codePoints()
                    .filter(c -> (Character.isISOControl(c) && c != '\n' && c != '\t') || c == 0x2028 || c == 0x2029)
                    .findFirst()
                    .ifPresent(c -> fail(context.get() + "\nno control character (U+" + String.format("%04X", c)
                            + ") in the output:\n" + text));
            assertFalse(
                    text.contains("\tat ") || text.contains("at dk.samskab.") || text.contains("at org."),
                    () -> context.get() + "\nno stack trace:\n" + text);
            assertFalse(
                    text.contains("Exception") || text.contains("OutOfMemoryError"),
                    () -> context.get() + "\nno exception reaches the user:\n" + text);
            assertFalse(
                    text.contains("internal error") || text.contains("intern fejl"),
                    () -> context.get() + "\nno internal error:\n" + text);
        }
    }

    private static String head(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
