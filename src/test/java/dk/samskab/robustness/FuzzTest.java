package dk.samskab.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.loading.CaseFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the shipped scenarios (YAML, and the same as JSON) at random, seeded, and runs each through the command
 * line in-process: every run must end in a report (exit 0) or one clear error (exit 2, one line) within a time
 * bound; never exit 3, an exception, a stack trace or a hang. Every hundred files are also replayed as a folder:
 * one verdict line per file, and the replay goes on to the end.
 *
 * <p>The normal test run does {@value #DEFAULT_ITERATIONS} iterations. A longer run:
 * {@code mvn -B test -Dtest=FuzzTest -Dsamskab.fuzz.iterations=100000 -Dsamskab.fuzz.seed=$RANDOM}. A failure
 * names its seed and iteration; {@code -Dsamskab.fuzz.seed=S -Dsamskab.fuzz.from=I -Dsamskab.fuzz.iterations=1}
 * runs that one again, and the file is kept in {@code target/fuzz-failures/}.
 */
class FuzzTest {

    static final int DEFAULT_ITERATIONS = 1000;
    private static final long SEED = Long.getLong("samskab.fuzz.seed", 20_260_401L);
    private static final int ITERATIONS = Integer.getInteger("samskab.fuzz.iterations", DEFAULT_ITERATIONS);
    private static final int FROM = Integer.getInteger("samskab.fuzz.from", 0);
    private static final Duration PER_RUN = Duration.ofSeconds(Long.getLong("samskab.fuzz.seconds", 10));
    private static final int BATCH = 100;
    private static final String RULES = Project.rulesFolder().toString();
    private static final String[] FORMATS = {"text", "json", "markdown"};
    private static final Pattern SUMMARY =
            Pattern.compile("\\d+ (passed|bestået), \\d+ (failed|fejlet)(, \\d+ " + "(errors|fejl))?");

    @TempDir
    Path temp;

    private record Base(String name, String extension, byte[] bytes) {}

    @Test
    void everyMutatedScenarioEndsInAReportOrOneClearErrorWithinTheTimeBound() throws Exception {
        List<Base> bases = bases();
        Run warmUp =
                Run.of("classify", CaseFiles.below(Project.scenarios()).get(0).toString(), "--rules", RULES);
        assertEquals(0, warmUp.status(), warmUp.err());

        Map<String, Integer> outcomes = new TreeMap<>();
        long slowest = 0;
        String slowestRun = "";
        int replays = 0;
        long started = System.nanoTime();
        Path batch = null;
        for (int i = FROM; i < FROM + ITERATIONS; i++) {
            if (batch == null || (i - FROM) % BATCH == 0) {
                batch = Files.createDirectories(temp.resolve("batch-" + i));
            }
            Mutator mutator = new Mutator(SEED * 1_000_003L + i);
            Base base = bases.get(mutator.random().nextInt(bases.size()));
            byte[] bytes = mutator.mutate(base.bytes());
            Path file = batch.resolve(String.format("fuzz-%06d.%s", i, base.extension()));
            Files.write(file, bytes);
            String format = FORMATS[mutator.random().nextInt(FORMATS.length)];
            String lang = mutator.random().nextInt(4) == 0 ? "da" : "en";
            int iteration = i;
            Supplier<String> context = () -> failure(iteration, base, mutator, file);

            long began = System.nanoTime();
            Run run = assertTimeoutPreemptively(
                    PER_RUN,
                    () -> Run.of("classify", file.toString(), "--rules", RULES, "--format", format, "--lang", lang),
                    context);
            long millis = (System.nanoTime() - began) / 1_000_000;
            if (millis > slowest) {
                slowest = millis;
                slowestRun = "iteration " + i + " ("
                        + (run.status() == 0 ? "report" : run.errorLines().get(0)) + ")";
            }
            if (run.status() == 0) {
                Verdicts.assertReport(run, context);
                if (format.equals("json")) {
                    new ObjectMapper().readTree(run.out());
                    if (iteration % 5 == 0) {
                        Run again = Run.of(
                                "classify", file.toString(), "--rules", RULES, "--format", "json", "--lang", lang);
                        assertEquals(run.out(), again.out(), () -> context.get() + "\nthe same JSON twice");
                    }
                }
                outcomes.merge("report", 1, Integer::sum);
            } else {
                String line = Verdicts.assertOneClearError(run, file, context);
                outcomes.merge("error: " + kindOf(line, file), 1, Integer::sum);
            }
            if ((i - FROM + 1) % BATCH == 0 || i == FROM + ITERATIONS - 1) {
                replayBatch(batch, iteration);
                replays++;
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        int reports = outcomes.getOrDefault("report", 0);
        System.out.printf(
                "fuzz: %d iterations (seed %d, from %d) in %d s: %d reports, %d clear errors, "
                        + "%d folder replays; no other outcome%n",
                ITERATIONS, SEED, FROM, seconds, reports, ITERATIONS - reports, replays);
        System.out.printf("slowest run: %d ms, %s%n", slowest, slowestRun);
        outcomes.forEach((kind, count) -> System.out.printf("  %6d  %s%n", count, kind));
        assertEquals(
                ITERATIONS,
                outcomes.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** Replays a folder of mutated files: one verdict line per file, the summary last, nothing on stderr. */
    private void replayBatch(Path folder, int iteration) throws IOException {
        List<Path> files = CaseFiles.below(folder);
        Supplier<String> context = () -> "replay of " + folder + " after iteration " + iteration + " of seed " + SEED
                + " (" + files.size() + " files)";
        Run run = assertTimeoutPreemptively(
                PER_RUN.multipliedBy(files.size()).plusSeconds(10),
                () -> Run.of("replay", folder.toString(), "--rules", RULES),
                context);
        assertTrue(
                run.status() == 0 || run.status() == 1,
                () -> context.get() + ": exit " + run.status() + "\n" + run.err());
        assertEquals("", run.err(), context);
        Verdicts.assertNoTrace(run, context);
        List<String> verdicts = run.out()
                .lines()
                .filter(l -> l.startsWith("PASS ") || l.startsWith("FAIL ") || l.startsWith("ERROR "))
                .toList();
        assertEquals(files.size(), verdicts.size(), () -> context.get() + "\n" + run.out());
        for (Path file : files) {
            assertEquals(
                    1,
                    verdicts.stream()
                            .filter(v -> (v.startsWith("ERROR  ") && v.contains("  " + file + ":"))
                                    || v.endsWith("  " + file))
                            .count(),
                    () -> context.get() + ": one verdict for " + file + "\n" + run.out());
        }
        List<String> lines = run.out().strip().lines().toList();
        assertTrue(SUMMARY.matcher(lines.get(lines.size() - 1)).matches(), () -> context.get() + "\n" + run.out());
    }

    /** The shipped scenarios as written, and each as JSON. */
    private static List<Base> bases() throws IOException {
        List<Base> bases = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectMapper json = new ObjectMapper();
        for (Path file : CaseFiles.below(Project.scenarios())) {
            byte[] bytes = Files.readAllBytes(file);
            String name = Project.scenarios().relativize(file).toString();
            bases.add(new Base(name, "yaml", bytes));
            bases.add(new Base(
                    name + " as JSON",
                    "json",
                    json.writerWithDefaultPrettyPrinter().writeValueAsBytes(yaml.readTree(bytes))));
        }
        return bases;
    }

    /** The message of an error line without the file, position and quoted text: for the tally of outcomes. */
    private static String kindOf(String line, Path file) {
        String message = line.substring(file.toString().length() + 1).replaceFirst("^(\\d+:\\d+:)? ", "");
        return message.replaceAll("0x[0-9A-F]{2}|U\\+[0-9A-F]{4,6}", "…")
                .replaceAll("\\(one of: [^)]*\\)", "(…)")
                .replaceAll("\"[^\"]*\"|“[^”]*”|(?<=[ (])[0-9][0-9,.]*", "…");
    }

    private static String failure(int iteration, Base base, Mutator mutator, Path file) {
        Path kept = Project.home().resolve("target/fuzz-failures").resolve(file.getFileName());
        try {
            Files.createDirectories(kept.getParent());
            Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            kept = file;
        }
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = "(unreadable: " + e.getMessage() + ")";
        }
        return "fuzz iteration " + iteration + " of seed " + SEED + " failed; rerun it with -Dsamskab.fuzz.seed="
                + SEED + " -Dsamskab.fuzz.from=" + iteration + " -Dsamskab.fuzz.iterations=1\n"
                + "base: " + base.name() + "; mutations: " + mutator.applied() + "\nfile kept as " + kept + ":\n"
                + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text);
    }
}
