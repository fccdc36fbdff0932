package dk.samskab.report.model;

import dk.samskab.explain.Explanation;
import java.nio.file.Path;
import java.util.List;

/**
 * One case in a report of many: its explanation ({@code null} when the file could not be read or classified) and,
 * in a replay, how it fared against its {@code expect:} block.
 */
public record ReportEntry(Path file, String id, String title, Explanation explanation, Check check) {

    /**
     * A replay's verdict ({@code PASS}, {@code FAIL} or {@code ERROR}) with the lines that say why, already in the
     * report's language: the differences from {@code expect:} or the error, and what a rule change moved.
     */
    public record Check(String verdict, List<String> differences, List<String> changes) {

        public Check {
            differences = List.copyOf(differences);
            changes = List.copyOf(changes);
        }

        public boolean passed() {
            return "PASS".equals(verdict);
        }
    }

    /** A classified case, outside a replay. */
    public static ReportEntry of(Explanation e) {
        return new ReportEntry(e.source().path(), e.source().id(), e.source().title(), e, null);
    }
}
