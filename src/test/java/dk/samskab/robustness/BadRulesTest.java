package dk.samskab.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.EditedRules;
import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.TestFiles;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import dk.samskab.text.InputError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules with a defect, from {@code src/test/resources/bad-rules/}, each added to a copy of the shipped rules: the
 * defect is reported as a rule defect naming the rules, the case it hits is one error, and a replay goes on with
 * every other scenario.
 */
class BadRulesTest {

    private static final Path FIXTURES = Project.home().resolve("src/test/resources/bad-rules");
    private static final String SCENARIOS = Project.scenarios().toString();
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    /** The shipped rules plus the rule files of one defect. */
    private Path rulesWith(String defect) throws IOException {
        Path rules = EditedRules.copyOfShipped(temp.resolve("rules-" + defect));
        TestFiles.copyTree(FIXTURES.resolve(defect), rules);
        return rules;
    }

    /** The shipped scenarios whose facts match, in replay order. */
    private static List<Path> scenariosWhere(Predicate<CaseFile> test) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path file : CaseFiles.below(Project.scenarios())) {
            try {
                if (test.test(CaseReader.read(file))) {
                    found.add(file);
                }
            } catch (InputError e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        assertFalse(found.isEmpty(), "some scenario has the facts the defect needs");
        return found;
    }

    private static Run run(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> Run.of(args));
    }

    /**
     * A replay with the defect: every scenario in {@code hit} is exactly the ERROR line {@code message} gives it,
     * every other scenario passes, and the replay ends with the summary.
     */
    private static void assertReplayGoesOn(
            Path rules, List<Path> hit, java.util.function.Function<Path, String> message) throws IOException {
        Run run = run("replay", SCENARIOS, "--rules", rules.toString());
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.err());
        assertFalse(run.out().contains("\tat "), run.out());
        List<String> verdicts =
                run.out().lines().filter(l -> l.matches("(PASS|FAIL|ERROR) .*")).toList();
        int all = CaseFiles.below(Project.scenarios()).size();
        assertEquals(all, verdicts.size(), run.out());
        for (Path file : hit) {
            assertTrue(
                    verdicts.stream()
                            .anyMatch(v -> v.matches("ERROR  \\S+  .*") && v.endsWith("  " + message.apply(file))),
                    message.apply(file) + "\n" + run.out());
        }
        assertEquals(
                all - hit.size(),
                verdicts.stream().filter(v -> v.startsWith("PASS   ")).count(),
                run.out());
        assertTrue(
                run.out().strip().endsWith((all - hit.size()) + " passed, 0 failed, " + hit.size() + " errors"),
                run.out());
    }

    @Test
    void aSyntaxErrorStopsClassifyReplayAndValidateWithOneLineAtItsPosition() throws IOException {
        Path rules = rulesWith("syntax-error");
        String line = rules.resolve("broken-condition.drl") + ":7:45: syntax error: unexpected )";
        for (String[] command : List.of(
                new String[] {
                    "classify",
                    Project.scenarios().resolve("article/vores-rum.yaml").toString()
                },
                new String[] {"replay", SCENARIOS},
                new String[] {"validate"})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--rules", rules.toString()));
            Run run = run(args.toArray(String[]::new));
            assertEquals(2, run.status(), args + ": " + run.err());
            assertEquals("", run.out(), args.toString());
            assertEquals(List.of(line), run.errorLines(), args.toString());
        }
        Run danish = run("validate", "--rules", rules.toString(), "--lang", "da");
        assertEquals(
                List.of(rules.resolve("broken-condition.drl") + ":7:45: syntaksfejl: uventet )"), danish.errorLines());
    }

    @Test
    void aConsequenceThatThrowsMakesThatCaseAnErrorNamingTheRuleAndEveryOtherCaseGoesOn() throws IOException {
        Path rules = rulesWith("consequence-throws");
        List<Path> formal = scenariosWhere(s -> "formal".equals(s.facts().getDecisionMandate()));
        String problem = ": rule defect: rule \"Reading a formal mandate fails\" failed while concluding: "
                + "IllegalStateException: formal mandates are not handled";

        Path good = Project.scenarios().resolve("article/vores-rum.yaml");
        Run both = run("classify", formal.get(0).toString(), good.toString(), "--rules", rules.toString());
        assertEquals(2, both.status());
        assertEquals(List.of(formal.get(0) + problem), both.errorLines());
        assertTrue(both.out().contains("Facilitating co-creation"), "the other case is still reported");

        Run danish = run("classify", formal.get(0).toString(), "--rules", rules.toString(), "--lang", "da");
        assertEquals(
                List.of(formal.get(0) + ": regelfejl: reglen \"Reading a formal mandate fails\" fejlede under "
                        + "konklusionen: IllegalStateException: formal mandates are not handled"),
                danish.errorLines());
        assertEquals("", danish.out());

        assertReplayGoesOn(rules, formal, file -> file + problem);
    }

    @Test
    void aConditionThatThrowsOnAnUnknownFactNamesTheRuleAndItsCondition() throws IOException {
        Path rules = rulesWith("condition-throws");
        List<Path> unknown = scenariosWhere(s -> s.facts().getProblemIdentifiedBy() == null);
        Run run = run("classify", unknown.get(0).toString(), "--rules", rules.toString());
        assertEquals(2, run.status());
        assertEquals(1, run.errorLines().size(), run.err());
        String prefix = unknown.get(0) + ": rule defect: rule \"Who identified the problem, in capitals\" failed "
                + "while testing its condition “problemIdentifiedBy.toUpperCase() == \"NOBODY\"” on this case: "
                + "NullPointerException";
        assertTrue(run.errorLines().get(0).startsWith(prefix), run.err());

        Run replay = run("replay", SCENARIOS, "--rules", rules.toString());
        List<String> errors =
                replay.out().lines().filter(l -> l.startsWith("ERROR  ")).toList();
        assertEquals(unknown.size(), errors.size(), replay.out());
        for (Path file : unknown) {
            String expected = "  " + prefix.replace(unknown.get(0).toString(), file.toString());
            assertTrue(errors.stream().anyMatch(l -> l.contains(expected)), expected + "\n" + replay.out());
        }
        assertTrue(replay.out().strip().endsWith(", 0 failed, " + unknown.size() + " errors"), replay.out());
    }

    @Test
    void rulesThatKeepFiringStopAtTheFiringLimitNamingOnlyTheRuleThatLoops() throws IOException {
        Path rules = rulesWith("keeps-firing");
        List<Path> volunteers =
                scenariosWhere(s -> Boolean.TRUE.equals(s.facts().getVolunteerTrack()));
        String problem = ": rule defect: the rules keep firing: stopped after 10,000 firings; firing again and again: "
                + "Count the volunteers again (10000×)";
        Run run = run("classify", volunteers.get(0).toString(), "--rules", rules.toString());
        assertEquals(2, run.status());
        assertEquals(List.of(volunteers.get(0) + problem), run.errorLines());
        assertReplayGoesOn(rules, volunteers, file -> file + problem);
    }

    @Test
    void rulesThatDeriveTwoTypesAreARuleDefectNamingBothTypesAndTheRulesNeverASilentPick() throws IOException {
        Path rules = rulesWith("two-types");
        List<Path> hearings = scenariosWhere(s -> Boolean.TRUE.equals(s.facts().getHearingOnFinishedProposal()));
        String problem = ": rule defect: the rules derived more than one type (equal, steered), by: Every hearing is "
                + "also equal co-creation; A co-creation process takes the type where its two axis positions cross";
        Run run = run("classify", hearings.get(0).toString(), "--rules", rules.toString(), "--format", "json");
        assertEquals(2, run.status());
        assertEquals("", run.out(), "no report picks one of the two");
        assertEquals(List.of(hearings.get(0) + problem), run.errorLines());
        assertReplayGoesOn(rules, hearings, file -> file + problem);
    }

    @Test
    void rulesThatEndWithNoTypeAreARuleDefectNamingTheRulesThatDeriveOne() throws IOException {
        Path rules = rulesWith("no-type");
        List<Path> all = CaseFiles.below(Project.scenarios());
        String problem = ": rule defect: the rules ended with no type for this case; the rules that derive a type: "
                + "Only public actors take part: collaboration, not co-creation; No public actor takes part: not "
                + "co-creation; A co-creation process takes the type where its two axis positions cross; A "
                + "co-creation process with an unsettled axis is undetermined";
        Run run = run("classify", all.get(0).toString(), "--rules", rules.toString());
        assertEquals(2, run.status());
        assertEquals(List.of(all.get(0) + problem), run.errorLines());

        Run replay = run("replay", SCENARIOS, "--rules", rules.toString());
        assertEquals(1, replay.status());
        assertEquals(
                all.size(),
                replay.out()
                        .lines()
                        .filter(l -> l.startsWith("ERROR  ") && l.endsWith(problem))
                        .count(),
                replay.out());
        assertTrue(replay.out().strip().endsWith("0 passed, 0 failed, " + all.size() + " errors"), replay.out());
    }

    @Test
    void everyFixtureFolderIsTested() throws IOException {
        try (Stream<Path> folders = Files.list(FIXTURES)) {
            List<String> names = folders.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
            assertEquals(
                    List.of(
                            "condition-throws",
                            "consequence-throws",
                            "keeps-firing",
                            "no-type",
                            "syntax-error",
                            "two-types"),
                    names);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
