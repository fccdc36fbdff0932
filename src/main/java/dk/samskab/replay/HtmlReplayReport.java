package dk.samskab.replay;

import dk.samskab.explain.Explainer;
import dk.samskab.explain.Explanation;
import dk.samskab.report.CodeWords;
import dk.samskab.report.HtmlReport;
import dk.samskab.report.model.ReportEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A replay as one self-contained HTML page, written to the command's output when the replay ends: the summary, an
 * overview of every scenario with PASS/FAIL (failures first) and the 2×2 chart, then each scenario's explained
 * report with its differences from {@code expect:}. Unlike the streamed formats it keeps every explained result
 * until the end, as the failures go first.
 */
public final class HtmlReplayReport implements ReplayListener {

    private final PrintWriter out;
    private final CodeWords words;
    private final Explainer explainer;
    private final List<ReportEntry> entries = new ArrayList<>();

    public HtmlReplayReport(PrintWriter out, CodeWords words, Explainer explainer) {
        this.out = out;
        this.words = words;
        this.explainer = explainer;
    }

    @Override
    public void scenario(ScenarioResult result) {
        Explanation explanation =
                result.outcome() == null ? null : explainer.explain(result.scenario(), result.outcome());
        List<String> differences = new ArrayList<>();
        if (result.verdict() == Verdict.ERROR) {
            differences.add(result.error());
        }
        for (Difference d : result.differences()) {
            String line = d.line(words.messages());
            if (!d.decidedBy().isEmpty()) {
                line += " — " + words.text("replay.decided-by") + " " + String.join("; ", d.decidedBy());
            }
            differences.add(line);
        }
        List<String> changes = result.changes() == null
                ? List.of()
                : result.changes().stream().map(TextReplayReport::describe).toList();
        entries.add(new ReportEntry(
                result.file(),
                result.id(),
                result.scenario() == null ? null : result.scenario().title(),
                explanation,
                new ReportEntry.Check(result.verdict().name(), differences, changes)));
    }

    @Override
    public void finish(Summary summary, Coverage coverage) {
        out.print(new HtmlReport(words.lang()).renderReplay(entries, summary.line(words.messages())));
        out.flush();
    }
}
