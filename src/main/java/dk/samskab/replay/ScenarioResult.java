package dk.samskab.replay;

import dk.samskab.engine.Outcome;
import dk.samskab.loading.CaseFile;
import java.nio.file.Path;
import java.util.List;

/**
 * One scenario replayed: the verdict, the differences from its {@code expect:} block, or for an ERROR the one
 * line that says why (already in the user's language). With a baseline, {@code changes} lists what the rule change
 * did to it ({@code null} without a baseline).
 */
public record ScenarioResult(
        Path file,
        CaseFile scenario,
        Verdict verdict,
        List<Difference> differences,
        String error,
        Outcome outcome,
        List<Change> changes,
        long nanos) {

    public String id() {
        return scenario == null ? null : scenario.id();
    }
}
