package dk.samskab.replay;

import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay --watch}: a save replays; a broken save shows the problem and keeps watching. */
class WatcherTest {

    @TempDir
    Path copy;

    @Test
    void aSavedRuleEditReplaysAndShowsWhatChangedAndABrokenSaveKeepsWatching() throws Exception {
        TestFiles.copyTree(Project.rulesFolder(), copy.resolve("rules"));
        TestFiles.copyTree(Project.scenarios(), copy.resolve("scenarios"));
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer, true);
        AtomicBoolean keepGoing = new AtomicBoolean(true);
        Watcher watcher = new Watcher(copy.resolve("rules"), copy.resolve("scenarios"), Lang.EN, out);
        Thread thread = new Thread(() -> {
            try {
                watcher.run(keepGoing::get);
            } catch (Exception e) {
                e.printStackTrace(out);
            }
        });
        thread.start();
        try {
            await(buffer, "Watching ");
            Path central = copy.resolve("rules/central-actor.dslr");
            String original = Files.readString(central);
            Files.writeString(central, original.replace("""
                        Når parterne kun høres om et færdigt forslag
                    then
                        Så tæller det for kommunen som central aktør""", """
                        Når parterne kun høres om et færdigt forslag
                    then
                        Så tæller det for eksterne aktører som centrale aktører"""));
            await(buffer, "PASS → FAIL  " + copy.resolve("scenarios/article/lokalplan-hoering.yaml"));
            await(buffer, "passed, 2 failed  (");

            Files.writeString(copy.resolve("rules/axes.drl"), "\nrule broken\n", StandardOpenOption.APPEND);
            await(buffer, "The rules do not compile:");
            await(buffer, "Still watching");

            String axes = Files.readString(copy.resolve("rules/axes.drl")).replace("\nrule broken\n", "");
            Files.writeString(copy.resolve("rules/axes.drl"), axes);
            Files.writeString(central, original);
            await(buffer, "FAIL → PASS  " + copy.resolve("scenarios/article/lokalplan-hoering.yaml"));
        } finally {
            keepGoing.set(false);
            thread.join(Duration.ofSeconds(10).toMillis());
        }
        assertFalse(thread.isAlive(), "the watcher stops when asked");
    }

    private static void await(StringWriter buffer, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!buffer.toString().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the watcher did not print “" + text + "”; it printed:\n" + buffer);
            }
            Thread.sleep(50);
        }
    }
}
