package dk.samskab.replay;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskab.explain.Explainer;
import dk.samskab.report.JsonReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A replay as JSON, streamed: {@code {"scenarios": [...], "summary": {...}, "coverage": {...}}}. Each scenario is
 * classify's JSON report with {@code passed}, {@code differences} and, with a baseline, {@code changes}; an
 * unreadable file is {@code {"file", "passed": false, "error"}}. Reports leave out {@code what_would_change},
 * which {@code classify} computes.
 */
public final class JsonReplayReport implements ReplayListener {

    private final JsonGenerator json;
    private final JsonReport reports;
    private final Explainer explainer;

    public JsonReplayReport(Writer out, JsonReport reports, Explainer explainer) {
        this.reports = reports;
        this.explainer = explainer;
        try {
            this.json = new ObjectMapper().getFactory().createGenerator(out).useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("scenarios");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void scenario(ScenarioResult result) {
        Map<String, Object> report = new LinkedHashMap<>();
        if (result.outcome() != null) {
            report.putAll(reports.tree(explainer.explain(result.scenario(), result.outcome())));
        } else {
            report.put("id", result.id());
            report.put("file", result.file().toString().replace('\\', '/'));
            report.put("error", result.error());
        }
        report.put("passed", result.verdict() == Verdict.PASS);
        report.put(
                "differences",
                result.differences().stream()
                        .map(d -> {
                            Map<String, Object> difference = new LinkedHashMap<>();
                            difference.put("field", d.field());
                            difference.put("expected", d.expected());
                            difference.put("actual", d.actual());
                            difference.put("decided_by", d.decidedBy());
                            return difference;
                        })
                        .toList());
        if (result.changes() != null) {
            report.put(
                    "changes",
                    result.changes().stream()
                            .map(c -> {
                                Map<String, Object> change = new LinkedHashMap<>();
                                change.put("field", c.field());
                                if (c.before() != null || c.after() != null) {
                                    change.put("before", c.before());
                                    change.put("after", c.after());
                                } else {
                                    change.put("added", c.added());
                                    change.put("removed", c.removed());
                                }
                                return change;
                            })
                            .toList());
        }
        write(report);
    }

    @Override
    public void finish(Summary summary, Coverage coverage) {
        try {
            json.writeEndArray();
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("passed", summary.passed());
            counts.put("failed", summary.failed());
            counts.put("errors", summary.errors());
            counts.put("changed", summary.changed());
            json.writeObjectField("summary", counts);
            Map<String, Object> rules = new LinkedHashMap<>();
            coverage.firings()
                    .forEach((rule, count) ->
                            rules.put(rule, coverage.scenariosByRule().getOrDefault(rule, List.of())));
            Map<String, Object> covered = new LinkedHashMap<>();
            covered.put("untested_rules", coverage.untestedRules());
            covered.put("rules", rules);
            covered.put("expected_types", coverage.expectedTypes());
            covered.put("expected_warnings", coverage.expectedWarnings());
            json.writeObjectField("coverage", covered);
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Object tree) {
        try {
            json.writeObject(tree);
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
