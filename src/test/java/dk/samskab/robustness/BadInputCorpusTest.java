package dk.samskab.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.loading.CaseFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus in {@code src/test/resources/bad-input/}: each file is named for its defect and paired with
 * the exact line expected on stderr, in English ({@code .expected}) and Danish ({@code .expected-da}), where
 * {@code {file}} stands for the path. {@code classify} ends each with that one line and exit status 2; a replay of
 * the corpus mixed with the good scenarios gives each bad file one ERROR line and still passes every good one.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Project.home().resolve("src/test/resources/bad-input");
    private static final String RULES = Project.rulesFolder().toString();

    @TempDir
    Path temp;

    // No test source URI on the dynamic tests: Surefire 3.5.3 silently skips dynamic tests whose source is a file URI.
    @TestFactory
    Stream<DynamicTest> eachBadFileEndsInExactlyItsExpectedLineAndStatusTwoInEnglishAndDanish() throws IOException {
        List<Path> files = corpus();
        assertTrue(files.size() >= 30, "the corpus holds the defects of the issue: " + files.size());
        return files.stream()
                .flatMap(file -> Stream.of("en", "da")
                        .map(lang -> DynamicTest.dynamicTest(file.getFileName() + " (" + lang + ")", () -> {
                            Run run = Run.of("classify", file.toString(), "--rules", RULES, "--lang", lang);
                            String line =
                                    Verdicts.assertOneClearError(run, file, () -> file.getFileName() + " in " + lang);
                            assertEquals(expected(file, lang).replace("{file}", file.toString()), line);
                        })));
    }

    @Test
    void everyCorpusFileHasItsExpectedLinesAndNoExpectationIsLeftWithoutItsFile() throws IOException {
        Set<String> inputs = new TreeSet<>();
        corpus().forEach(file -> inputs.add(baseName(file)));
        Set<String> expectations = new TreeSet<>();
        try (Stream<Path> all = Files.list(CORPUS)) {
            all.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".expected") || n.endsWith(".expected-da"))
                    .forEach(n -> expectations.add(n.substring(0, n.lastIndexOf('.'))));
        }
        assertEquals(inputs, expectations);
        for (Path file : corpus()) {
            for (String lang : List.of("en", "da")) {
                String line = expected(file, lang);
                assertTrue(line.startsWith("{file}"), file + " " + lang + ": the line names the file");
                assertFalse(line.contains("\n"), file + " " + lang + ": one line");
            }
            assertFalse(expected(file, "en").equals(expected(file, "da")), file + ": the Danish line is Danish");
        }
    }

    @Test
    void aReplayOfTheCorpusAmongTheGoodScenariosGivesOneErrorLinePerBadFileAndPassesEveryGoodOne() throws IOException {
        Path folder = temp.resolve("mixed");
        List<Path> good = new ArrayList<>();
        for (Path scenario : CaseFiles.below(Project.scenarios())) {
            Path copy = folder.resolve("good").resolve(Project.scenarios().relativize(scenario));
            Files.createDirectories(copy.getParent());
            Files.copy(scenario, copy);
            good.add(copy);
        }
        List<Path> bad = new ArrayList<>();
        for (Path file : corpus()) {
            Path copy = folder.resolve("bad").resolve(file.getFileName());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
            bad.add(copy);
        }
        Run run = Run.of("replay", folder.toString(), "--rules", RULES);
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.err());
        Verdicts.assertNoTrace(run, () -> "replay of the corpus");
        List<String> lines = run.out().lines().toList();
        for (Path file : bad) {
            String expected = "ERROR  ?  " + expected(file, "en").replace("{file}", file.toString());
            assertEquals(1, lines.stream().filter(expected::equals).count(), expected + "\n" + run.out());
        }
        for (Path file : good) {
            assertEquals(
                    1,
                    lines.stream()
                            .filter(l -> l.startsWith("PASS   ") && l.endsWith("  " + file))
                            .count(),
                    file + " passes\n" + run.out());
        }
        assertEquals(good.size() + " passed, 0 failed, " + bad.size() + " errors", lines.get(lines.size() - 1));
    }

    private static List<Path> corpus() throws IOException {
        try (Stream<Path> all = Files.list(CORPUS)) {
            return all.filter(CaseFiles::isCaseFile).sorted().toList();
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The expected line for {@code file} in {@code lang}, without its line break. */
    private static String expected(Path file, String lang) {
        Path expected = CORPUS.resolve(baseName(file) + (lang.equals("en") ? ".expected" : ".expected-da"));
        try {
            return Files.readString(expected, StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new AssertionError("no " + expected.getFileName() + " beside " + file.getFileName(), e);
        }
    }

    /** Copies a corpus file under another name; for tests elsewhere that need one defect. */
    static Path copyOf(String name, Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.copy(CORPUS.resolve(name), folder.resolve(name));
    }
}
