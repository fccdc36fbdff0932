package dk.samskab.replay;

import dk.samskab.engine.Engine;
import dk.samskab.engine.Outcome;
import dk.samskab.engine.RuleFailure;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.Message;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import dk.samskab.text.InputError;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays every scenario below a folder, one at a time: read, classify, compare with {@code expect:}, and hand the
 * result to a listener. Nothing stops a replay but {@code --fail-fast}: a file that cannot be read is an ERROR and
 * the next file follows. Only a summary, the coverage and the ids seen are kept.
 */
public final class Replay {

    /** What to replay: ids matching {@code filter} (a glob), scenarios expecting {@code type}. */
    public record Options(String filter, String type, boolean failFast) {

        public static Options all() {
            return new Options(null, null, false);
        }

        /** Whether every scenario is replayed to the end, so that a rule no scenario fired is untested. */
        public boolean selectsAll() {
            return equals(all());
        }
    }

    private final Engine engine;
    private final Engine baseline;
    private final Lang lang;

    /** {@code baseline} is the engine of the rules before a change, or {@code null} for no impact diff. */
    public Replay(Engine engine, Engine baseline, Lang lang) {
        this.engine = engine;
        this.baseline = baseline;
        this.lang = lang;
    }

    public Summary run(Path folder, Options options, Coverage coverage, ReplayListener listener) throws IOException {
        return run(CaseFiles.below(folder), options, coverage, listener);
    }

    /** Replays {@code files} (as {@link CaseFiles#below} lists them) in their order. */
    public Summary run(List<Path> files, Options options, Coverage coverage, ReplayListener listener) {
        long start = System.nanoTime();
        PathMatcher filter =
                options.filter() == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + options.filter());
        Map<String, Path> seen = new HashMap<>();
        int passed = 0;
        int failed = 0;
        int errors = 0;
        int changed = 0;
        for (Path file : files) {
            long began = System.nanoTime();
            ScenarioResult result;
            try {
                CaseFile scenario = CaseReader.read(file);
                if ((filter != null && !filter.matches(Path.of(scenario.id())))
                        || (options.type() != null
                                && (scenario.expect() == null
                                        || !options.type()
                                                .equals(scenario.expect().type())))) {
                    continue;
                }
                result = replay(scenario, seen, coverage, began);
            } catch (InputError e) {
                result = error(file, null, e.render(lang), began);
            }
            listener.scenario(result);
            switch (result.verdict()) {
                case PASS -> passed++;
                case FAIL -> failed++;
                case ERROR -> errors++;
            }
            if (result.changes() != null && !result.changes().isEmpty()) {
                changed++;
            }
            if (options.failFast() && result.verdict() != Verdict.PASS) {
                break;
            }
        }
        Summary summary = new Summary(passed, failed, errors, changed, System.nanoTime() - start);
        listener.finish(summary, coverage);
        return summary;
    }

    private ScenarioResult replay(CaseFile scenario, Map<String, Path> seen, Coverage coverage, long began) {
        Path file = scenario.path();
        Path earlier = seen.putIfAbsent(scenario.id(), file);
        if (earlier != null) {
            return error(
                    file,
                    scenario,
                    file + ": "
                            + Message.of("replay.duplicate-id", scenario.id(), earlier)
                                    .render(lang),
                    began);
        }
        if (scenario.expect() == null) {
            return error(
                    file, scenario, file + ": " + Message.of("replay.no-expect").render(lang), began);
        }
        Outcome outcome;
        try {
            outcome = engine.classify(scenario.facts());
        } catch (RuleFailure e) {
            return error(file, scenario, file + ": " + e.problem().render(lang), began);
        }
        coverage.record(scenario.id(), outcome.firedRules(), scenario.expect());
        List<Difference> differences = Comparison.compare(scenario.expect(), outcome).stream()
                .map(d -> new Difference(
                        d.field(),
                        d.expected(),
                        d.actual(),
                        d.decidedBy().stream().sorted(engine.rules().order()).toList()))
                .toList();
        List<Change> changes = baseline == null
                ? null
                : impact(scenario, outcome).stream()
                        .map(c -> new Change(
                                c.field(),
                                c.before(),
                                c.after(),
                                c.added().stream()
                                        .sorted(engine.rules().order())
                                        .toList(),
                                c.removed().stream()
                                        .sorted(baseline.rules().order())
                                        .toList()))
                        .toList();
        return new ScenarioResult(
                file,
                scenario,
                differences.isEmpty() ? Verdict.PASS : Verdict.FAIL,
                differences,
                null,
                outcome,
                changes,
                System.nanoTime() - began);
    }

    private List<Change> impact(CaseFile scenario, Outcome current) {
        try {
            return Impact.between(baseline.classify(scenario.facts()), current);
        } catch (RuleFailure e) {
            return List.of(new Change("baseline", e.problem().render(lang), null, List.of(), List.of()));
        }
    }

    private static ScenarioResult error(Path file, CaseFile scenario, String line, long began) {
        return new ScenarioResult(
                file, scenario, Verdict.ERROR, List.of(), line, null, null, System.nanoTime() - began);
    }
}
