package dk.samskab.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.engine.Engine;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.loading.CaseFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while a replay writes its JUnit report loses the report, not the replay: every scenario is
 * replayed, the summary is printed, and the failure is one line naming the file and the reason (an attack on a
 * nearly full disk stopped after 382 of 2,000 scenarios, with no summary and an XMLStreamException's text).
 */
class JUnitWriteFailureTest {

    @TempDir
    Path temp;

    /** A writer to a disk with room for {@code room} characters. */
    private static Writer fullAfter(int room) {
        return new Writer() {
            private int written;

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                written += length;
                if (written > room) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
    }

    private Path manyScenarios(int count) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("scenarios"));
        String scenario = Files.readString(Project.scenarios().resolve("article/lokalplan-hoering.yaml"));
        for (int i = 0; i < count; i++) {
            Files.writeString(
                    folder.resolve("s" + i + ".yaml"), scenario.replace("id: lokalplan-hoering", "id: s" + i));
        }
        return folder;
    }

    @Test
    void aDiskThatFillsUpMidReplayStillReplaysEveryScenarioAndPrintsTheSummary() throws Exception {
        List<Path> scenarios = CaseFiles.below(manyScenarios(400));
        Engine engine = new Engine(Project.rules());
        MessageBundle messages = MessageBundle.of(Lang.EN);
        StringWriter text = new StringWriter();
        List<Integer> reported = new java.util.ArrayList<>();
        ReplayListener counting = new ReplayListener() {
            @Override
            public void scenario(ScenarioResult result) {
                reported.add(1);
            }

            @Override
            public void finish(Summary summary, Coverage coverage) {}
        };
        ReplayListener listeners = ReplayListener.all(List.of(
                new TextReplayReport(new PrintWriter(text), messages, true),
                new JUnitXmlReport(temp.resolve("junit.xml"), messages, fullAfter(4_000)),
                counting));

        JUnitXmlReport.WriteFailure failure = assertThrows(
                JUnitXmlReport.WriteFailure.class,
                () -> new Replay(engine, null, Lang.EN)
                        .run(scenarios, Replay.Options.all(), new Coverage(engine.rules(), false), listeners));

        assertEquals("No space left on device", failure.getMessage());
        assertEquals(400, reported.size(), "every scenario is replayed");
        List<String> lines = text.toString().lines().toList();
        assertEquals("400 passed, 0 failed", lines.get(lines.size() - 1));
        assertEquals(
                List.of(),
                Files.list(temp)
                        .filter(p -> p.getFileName().toString().startsWith("."))
                        .toList());
    }

    @Test
    void replayWithTheJUnitReportOnAFullDiskPrintsTheSummaryThenOneLineAndExitsTwo() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "no /dev/full here");
        Run run = Run.of(
                "replay",
                Project.scenarios().toString(),
                "--rules",
                Project.rulesFolder().toString(),
                "--junit",
                full.toString());
        assertEquals(2, run.status(), run.err());
        assertEquals(List.of("samskab: cannot write /dev/full: No space left on device"), run.errorLines());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ passed, 0 failed"), run.out());
    }
}
