package dk.samskab.cli;

import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.explain.Explainer;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.loading.CaseFiles;
import dk.samskab.model.Codes;
import dk.samskab.replay.Coverage;
import dk.samskab.replay.HtmlReplayReport;
import dk.samskab.replay.JUnitXmlReport;
import dk.samskab.replay.JsonReplayReport;
import dk.samskab.replay.Replay;
import dk.samskab.replay.ReplayListener;
import dk.samskab.replay.Summary;
import dk.samskab.replay.TextReplayReport;
import dk.samskab.replay.Watcher;
import dk.samskab.report.CodeWords;
import dk.samskab.report.JsonReport;
import dk.samskab.rules.RuleProblems;
import dk.samskab.rules.RuleSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code samskab replay DIR}: replays every scenario below DIR against its {@code expect:} block. */
@Command(name = "replay", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ReplayCommand implements Callable<Integer> {

    /** The formats replay writes to the terminal. */
    enum ReplayFormat {
        TEXT,
        JSON,
        HTML;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", descriptionKey = "replay.folder")
    Path folder;

    @Option(names = "--format", paramLabel = "text|json|html", descriptionKey = "replay.format")
    ReplayFormat format = ReplayFormat.TEXT;

    @Option(names = "--junit", paramLabel = "FILE", descriptionKey = "replay.junit")
    Path junit;

    @Option(names = "--filter", paramLabel = "GLOB", descriptionKey = "replay.filter")
    String filter;

    @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "replay.type")
    String type;

    @Option(names = "--fail-fast", descriptionKey = "replay.fail-fast")
    boolean failFast;

    @Option(names = "--baseline", paramLabel = "DIR|git:REV", descriptionKey = "replay.baseline")
    String baseline;

    @Option(names = "--watch", descriptionKey = "replay.watch")
    boolean watch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MessageBundle messages = MessageBundle.of(common.lang());
        if (!Files.isDirectory(folder)) {
            throw Failure.badInput(messages.text("cli.not-a-folder", folder));
        }
        if (type != null && !Codes.TYPES.contains(type)) {
            throw Failure.badInput(messages.text("cli.invalid-value", type, "--type", String.join(", ", Codes.TYPES)));
        }
        if (filter != null) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + filter);
            } catch (IllegalArgumentException e) {
                throw Failure.badInput(messages.text("cli.bad-glob", filter));
            }
        }
        List<Path> scenarios;
        try {
            scenarios = CaseFiles.below(folder);
        } catch (IOException | UncheckedIOException e) {
            throw Failure.badInput(Reasons.unreadableFolder(e, messages), e);
        }
        if (scenarios.isEmpty()) {
            throw Failure.badInput(messages.text("cli.no-scenarios", folder));
        }
        Replay.Options selection = new Replay.Options(filter, type, failFast);
        if (watch) {
            return watch(messages, selection);
        }
        RuleBase rules = RuleLoading.load(common);
        Engine before = baseline == null ? null : new Engine(loadBaseline(messages));
        Engine engine = new Engine(rules);
        PrintWriter out = spec.commandLine().getOut();
        List<ReplayListener> listeners = new ArrayList<>();
        listeners.add(
                switch (format) {
                    case JSON ->
                        new JsonReplayReport(
                                out, new JsonReport(new CodeWords(common.lang())), new Explainer(engine, false));
                    case HTML -> new HtmlReplayReport(out, new CodeWords(common.lang()), new Explainer(engine));
                    case TEXT -> new TextReplayReport(out, messages, selection.selectsAll());
                });
        if (junit != null) {
            try {
                OutputFile.check("--junit", junit, scenarios, common.rulesFolder());
                listeners.add(new JUnitXmlReport(junit, messages));
            } catch (IOException e) {
                throw OutputFile.failure(junit, e, common);
            }
        }
        try {
            Summary summary = new Replay(engine, before, common.lang())
                    .run(
                            scenarios,
                            selection,
                            new Coverage(rules, format == ReplayFormat.JSON),
                            ReplayListener.all(listeners));
            if (summary.total() == 0) {
                throw Failure.badInput(messages.text("cli.nothing-selected"));
            }
            return summary.allPassed() ? ExitStatus.OK : ExitStatus.FAILED;
        } catch (JUnitXmlReport.WriteFailure e) {
            throw OutputFile.failure(junit, e, common);
        } catch (UncheckedIOException e) {
            throw Failure.badInput(Reasons.unreadableFolder(e, messages), e);
        }
    }

    /** Watches until interrupted (Ctrl-C); the other outputs do not combine with it. */
    private int watch(MessageBundle messages, Replay.Options selection) {
        if (junit != null || baseline != null || format != ReplayFormat.TEXT) {
            throw Failure.badInput(messages.text("cli.watch-alone"));
        }
        try {
            RuleSource.read(common.rulesFolder());
        } catch (RuleProblems problems) {
            throw new Failure(ExitStatus.BAD_INPUT, RuleLoading.lines(problems, common), null);
        }
        try {
            new Watcher(
                            common.rulesFolder(),
                            folder,
                            selection,
                            common.lang(),
                            spec.commandLine().getOut())
                    .run(() -> true);
        } catch (IOException e) {
            throw Failure.badInput(Reasons.unreadableFolder(e, messages), e);
        }
        return ExitStatus.OK;
    }

    private RuleBase loadBaseline(MessageBundle messages) {
        Path rulesBefore = Baseline.folder(baseline, common.rulesFolder(), messages);
        try {
            return RuleBase.load(rulesBefore);
        } catch (RuleProblems problems) {
            List<String> lines = new ArrayList<>();
            lines.add("samskab: " + messages.text("cli.baseline-broken", baseline));
            lines.addAll(RuleLoading.lines(problems, common));
            throw new Failure(ExitStatus.BAD_INPUT, lines, null);
        }
    }
}
