package dk.samskab.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.i18n.Lang;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import dk.samskab.replay.Coverage;
import dk.samskab.replay.Replay;
import dk.samskab.replay.ReplayListener;
import dk.samskab.replay.ScenarioResult;
import dk.samskab.replay.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's contract: valid, varied, unique, deterministic, and a replay of what it writes passes. */
class GenerateScenariosTest {

    private static final int N = 250;

    private static Engine engine;
    private static List<CaseFile> shipped;

    @BeforeAll
    static void loadRules() throws Exception {
        engine = new Engine(RuleBase.load(Home.rules()));
        shipped = Home.shippedScenarios();
    }

    private static Map<String, Integer> generate(Path dir, long seed) throws Exception {
        return new GenerateScenarios(engine, shipped, seed).writeAll(N, dir);
    }

    @Test
    void aReplayOfTheGeneratedScenariosPassesEveryOne(@TempDir Path dir) throws Exception {
        generate(dir, 7);
        List<ScenarioResult> results = new ArrayList<>();
        Summary summary = new Replay(engine, null, Lang.EN)
                .run(dir, Replay.Options.all(), new Coverage(engine.rules(), false), new ReplayListener() {
                    @Override
                    public void scenario(ScenarioResult result) {
                        results.add(result);
                    }

                    @Override
                    public void finish(Summary s, Coverage coverage) {}
                });
        assertEquals(
                N,
                summary.passed(),
                () -> results.stream()
                        .filter(r -> r.error() != null || !r.differences().isEmpty())
                        .findFirst()
                        .map(Object::toString)
                        .orElse(""));
        assertTrue(summary.allPassed());
    }

    @Test
    void filesAreValidUniqueVariedAndSpreadOverFolders(@TempDir Path dir) throws Exception {
        Map<String, Integer> types = generate(dir, 1);
        List<Path> files = CaseFiles.below(dir);
        assertEquals(N, files.size());
        Set<String> ids = new HashSet<>();
        Set<Object> distinctCases = new HashSet<>();
        for (Path file : files) {
            CaseFile read = CaseReader.read(file);
            assertTrue(ids.add(read.id()), "id used twice: " + read.id());
            assertTrue(read.isScenario());
            assertEquals(read.id() + ".yaml", file.getFileName().toString());
            distinctCases.add(read.facts());
        }
        assertTrue(distinctCases.size() > N / 2, "only " + distinctCases.size() + " distinct cases");
        assertTrue(types.size() >= 6, "types: " + types);
        try (var folders = Files.list(dir)) {
            assertEquals((N + GenerateScenarios.PER_FOLDER - 1) / GenerateScenarios.PER_FOLDER, folders.count());
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers(@TempDir Path dir) throws Exception {
        generate(dir.resolve("a"), 3);
        generate(dir.resolve("b"), 3);
        generate(dir.resolve("c"), 4);
        List<Path> a = CaseFiles.below(dir.resolve("a"));
        List<Path> b = CaseFiles.below(dir.resolve("b"));
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(dir.resolve("a").relativize(a.get(i)), dir.resolve("b").relativize(b.get(i)));
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)));
        }
        List<Path> c = CaseFiles.below(dir.resolve("c"));
        assertFalse(Files.readString(a.get(0)).equals(Files.readString(c.get(0)))
                && Files.readString(a.get(1)).equals(Files.readString(c.get(1))));
    }
}
