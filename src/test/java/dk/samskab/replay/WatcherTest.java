package dk.samskab.replay;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samskab.EditedRules;
import dk.samskab.Project;
import dk.samskab.TestFiles;
import dk.samskab.i18n.Lang;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay --watch}: a save replays; a broken save shows the problem and keeps watching. */
class WatcherTest {

    @TempDir
    Path copy;

    private Path rules;
    private Path scenarios;

    @BeforeEach
    void copyProject() throws Exception {
        rules = EditedRules.copyOfShipped(copy.resolve("rules"));
        scenarios = copy.resolve("scenarios");
        TestFiles.copyTree(Project.scenarios(), scenarios);
    }

    @Test
    void aSavedRuleEditReplaysAndShowsWhatChangedAndABrokenSaveKeepsWatching() throws Exception {
        try (Watching watching = new Watching(Replay.Options.all())) {
            watching.await("Watching ");
            Path central = rules.resolve("central-actor.dslr");
            String original = Files.readString(central);
            EditedRules.countHearingForExternalActors(rules);
            watching.await("PASS → FAIL  " + scenarios.resolve("article/lokalplan-hoering.yaml"));
            watching.await("passed, 3 failed  (");

            Files.writeString(rules.resolve("axes.drl"), "\nrule broken\n", StandardOpenOption.APPEND);
            watching.await("The rules do not compile:");
            watching.await("Still watching");

            String axes = Files.readString(rules.resolve("axes.drl")).replace("\nrule broken\n", "");
            Files.writeString(rules.resolve("axes.drl"), axes);
            Files.writeString(central, original);
            watching.await("FAIL → PASS  " + scenarios.resolve("article/lokalplan-hoering.yaml"));
        }
    }

    @Test
    void watchingReplaysOnlyTheScenariosTheFilterSelects() throws Exception {
        try (Watching watching = new Watching(new Replay.Options("lokalplan-*", null, false))) {
            watching.await("Watching ");
            assertFalse(watching.printed().contains("vores-rum"), watching.printed());
            watching.await("PASS   lokalplan-hoering");
            watching.await("1 passed, 0 failed");
            EditedRules.countHearingForExternalActors(rules);
            watching.await("0 passed, 1 failed  (");
        }
    }

    /** A watcher on its own thread; what it printed, and what it threw, for the test to read. */
    private final class Watching implements AutoCloseable {

        private final StringWriter buffer = new StringWriter();
        private final AtomicBoolean keepGoing = new AtomicBoolean(true);
        private final AtomicReference<Throwable> thrown = new AtomicReference<>();
        private final Thread thread;

        Watching(Replay.Options selection) {
            Watcher watcher = new Watcher(rules, scenarios, selection, Lang.EN, new PrintWriter(buffer, true));
            thread = new Thread(() -> {
                try {
                    watcher.run(keepGoing::get);
                } catch (Throwable e) {
                    thrown.set(e);
                }
            });
            thread.start();
        }

        String printed() {
            return buffer.toString();
        }

        void await(String text) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!buffer.toString().contains(text)) {
                if (thrown.get() != null) {
                    throw new AssertionError("the watcher failed; it printed:\n" + buffer, thrown.get());
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the watcher did not print “" + text + "”; it printed:\n" + buffer);
                }
                Thread.sleep(50);
            }
        }

        @Override
        public void close() throws InterruptedException {
            keepGoing.set(false);
            thread.join(Duration.ofSeconds(10).toMillis());
            assertFalse(thread.isAlive(), "the watcher stops when asked");
            if (thrown.get() != null) {
                throw new AssertionError("the watcher failed; it printed:\n" + buffer, thrown.get());
            }
        }
    }
}
