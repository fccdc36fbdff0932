package dk.samskab.replay;

import dk.samskab.i18n.MessageBundle;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A replay for a terminal: one line per scenario as it is replayed, the differences under each failure with the
 * rules that decided the actual value, the coverage, and last the line {@code N passed, N failed}.
 */
public final class TextReplayReport implements ReplayListener {

    private final PrintWriter out;
    private final MessageBundle messages;
    private final boolean wholeFolder;

    /** {@code wholeFolder} is false when scenarios were selected, so that untested rules mean nothing. */
    public TextReplayReport(PrintWriter out, MessageBundle messages, boolean wholeFolder) {
        this.out = out;
        this.messages = messages;
        this.wholeFolder = wholeFolder;
    }

    @Override
    public void scenario(ScenarioResult result) {
        switch (result.verdict()) {
            case PASS -> out.println("PASS   " + result.id() + "  " + result.file());
            case FAIL -> {
                out.println("FAIL   " + result.id() + "  " + result.file());
                for (Difference d : result.differences()) {
                    out.println("       " + d.line(messages));
                    if (!d.decidedBy().isEmpty()) {
                        out.println("         " + messages.text("replay.decided-by"));
                        d.decidedBy().forEach(rule -> out.println("           - " + rule));
                    }
                }
            }
            case ERROR -> out.println("ERROR  " + (result.id() == null ? "?" : result.id()) + "  " + result.error());
        }
        if (result.changes() != null && !result.changes().isEmpty()) {
            out.println("       " + messages.text("replay.changed"));
            result.changes().forEach(change -> out.println("         " + describe(change)));
        }
        out.flush();
    }

    /** One change a rule edit made, as {@code field: before → after} or {@code field: + added; − removed}. */
    static String describe(Change change) {
        if (change.before() != null || change.after() != null) {
            return change.field() + ": " + change.before() + " → " + change.after();
        }
        String added = change.added().stream().map(a -> "+ " + a).collect(Collectors.joining("; "));
        String removed = change.removed().stream().map(r -> "− " + r).collect(Collectors.joining("; "));
        return change.field() + ": " + (added.isEmpty() ? removed : removed.isEmpty() ? added : added + "; " + removed);
    }

    @Override
    public void finish(Summary summary, Coverage coverage) {
        out.println();
        List<String> untested = coverage.untestedRules();
        if (!wholeFolder) {
            out.println(messages.text("replay.untested-selection"));
        } else if (untested.isEmpty()) {
            out.println(messages.text("replay.untested-none"));
        } else {
            out.println(messages.text("replay.untested", untested.size()));
            untested.forEach(rule -> out.println("  - " + rule));
        }
        out.println(messages.text("replay.expected-types", counts(coverage.expectedTypes())));
        out.println(messages.text("replay.expected-warnings", counts(coverage.expectedWarnings())));
        if (summary.changed() > 0) {
            out.println(messages.text("replay.changed-count", summary.changed()));
        }
        out.println(summary.line(messages));
        out.flush();
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
