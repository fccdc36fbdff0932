package dk.samskab.replay;

import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.rules.RuleProblem;
import dk.samskab.rules.RuleProblems;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code replay DIR --watch}: replays once, then again each time a rule or scenario file is saved, and shows what
 * changed since the last run. A save that breaks the rules shows the problems and keeps watching; the next save
 * that mends them replays again. The rules are compiled again only when a rule file changed.
 */
public final class Watcher {

    /** How long to wait for an editor's burst of events (write, rename, touch) to finish. */
    private static final long SETTLE_MILLIS = 40;

    private final Path rulesFolder;
    private final Path scenarios;
    private final Lang lang;
    private final PrintWriter out;
    private final MessageBundle messages;
    private final Replay.Options selection;
    private RuleBase rules;
    /** What each scenario's last run showed, to compare the next run with; null before the first run. */
    private Map<Path, ScenarioResult> last;

    public Watcher(Path rulesFolder, Path scenarios, Lang lang, PrintWriter out) {
        this(rulesFolder, scenarios, Replay.Options.all(), lang, out);
    }

    /** Watches the scenarios that {@code selection} picks, as {@code replay} would pick them. */
    public Watcher(Path rulesFolder, Path scenarios, Replay.Options selection, Lang lang, PrintWriter out) {
        this.rulesFolder = rulesFolder;
        this.scenarios = scenarios;
        this.selection = selection;
        this.lang = lang;
        this.out = out;
        this.messages = MessageBundle.of(lang);
    }

    /** Watches until {@code keepGoing} says stop (checked at least every 200 ms) or the thread is interrupted. */
    public void run(BooleanSupplier keepGoing) throws IOException {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            register(watch, rulesFolder);
            register(watch, scenarios);
            compile();
            if (rules != null) {
                replay(System.nanoTime());
            }
            out.println(messages.text("watch.watching", rulesFolder, scenarios));
            out.flush();
            while (keepGoing.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
                WatchKey key = watch.poll(200, TimeUnit.MILLISECONDS);
                if (key == null) {
                    continue;
                }
                long saved = System.nanoTime();
                boolean rulesChanged = drain(watch, key);
                if (rulesChanged) {
                    compile();
                }
                if (rules != null) {
                    replay(saved);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes every event of this burst; true when a rule file was among them. */
    private boolean drain(WatchService watch, WatchKey first) throws IOException, InterruptedException {
        boolean rulesChanged = false;
        WatchKey key = first;
        while (key != null) {
            Path folder = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    rulesChanged = true;
                    continue;
                }
                Path changed = folder.resolve((Path) event.context());
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                    register(watch, changed);
                }
                if (changed.toAbsolutePath()
                        .normalize()
                        .startsWith(rulesFolder.toAbsolutePath().normalize())) {
                    rulesChanged = true;
                }
            }
            key.reset();
            key = watch.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
        return rulesChanged;
    }

    private void compile() {
        try {
            rules = RuleBase.load(rulesFolder);
        } catch (RuleProblems problems) {
            rules = null;
            out.println(messages.text("watch.rules-broken"));
            for (RuleProblem problem : problems.problems()) {
                out.println("  " + problem.render(lang));
            }
            out.println(messages.text("watch.waiting"));
            out.flush();
        }
    }

    private void replay(long saved) throws IOException {
        boolean first = last == null;
        Map<Path, ScenarioResult> now = new LinkedHashMap<>();
        ReplayListener collect = new ReplayListener() {
            @Override
            public void scenario(ScenarioResult result) {
                now.put(result.file(), result);
            }

            @Override
            public void finish(Summary summary, Coverage coverage) {
                // the summary is printed below, after the changes
            }
        };
        TextReplayReport text = new TextReplayReport(out, messages, selection.selectsAll());
        ReplayListener listener = first ? ReplayListener.all(List.of(collect, text)) : collect;
        Summary summary = new Replay(new Engine(rules), null, lang)
                .run(scenarios, selection, new Coverage(rules, false), listener);
        if (!first) {
            showChanges(now, summary, saved);
        }
        last = now;
    }

    private void showChanges(Map<Path, ScenarioResult> now, Summary summary, long saved) {
        int changed = 0;
        for (Map.Entry<Path, ScenarioResult> entry : now.entrySet()) {
            ScenarioResult before = last.get(entry.getKey());
            ScenarioResult after = entry.getValue();
            List<Change> changes = before == null || before.outcome() == null || after.outcome() == null
                    ? List.of()
                    : Impact.between(before.outcome(), after.outcome());
            boolean verdictChanged = before == null
                    || before.verdict() != after.verdict()
                    || !Objects.equals(before.error(), after.error())
                    || !before.differences().equals(after.differences());
            if (verdictChanged || !changes.isEmpty()) {
                changed++;
                String from = before == null
                        ? messages.text("watch.new")
                        : before.verdict().name();
                out.println(messages.text("watch.changed", from, after.verdict().name(), entry.getKey()));
                if (after.error() != null) {
                    out.println("    " + after.error());
                }
                for (Difference d : after.differences()) {
                    out.println("    " + d.line(messages));
                }
                for (Change change : changes) {
                    out.println("    " + TextReplayReport.describe(change));
                }
            }
        }
        for (Path gone : last.keySet()) {
            if (!now.containsKey(gone)) {
                changed++;
                out.println(messages.text("watch.removed", gone));
            }
        }
        if (changed == 0) {
            out.println(messages.text("watch.nothing-changed"));
        }
        out.println(summary.line(messages) + "  "
                + messages.text("watch.timing", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - saved)));
        out.flush();
    }

    private static void register(WatchService watch, Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(
                        watch,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable folder: the replay shows it as an ERROR, as always
            }
        });
    }
}
