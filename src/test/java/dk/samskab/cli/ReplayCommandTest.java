package dk.samskab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskab.EditedRules;
import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.TestFiles;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code samskab replay}: the regression suite an analyst runs after changing a rule. */
class ReplayCommandTest {

    private static final String SCENARIOS = Project.scenarios().toString();
    private static final String RULES = Project.rulesFolder().toString();

    @TempDir
    Path temp;

    @Test
    void aFilterThatSelectsNothingWritesNoJUnitReportThatCouldPassForGreen() throws Exception {
        Path junit = temp.resolve("reports/junit.xml");
        Run run = Run.of("replay", SCENARIOS, "--rules", RULES, "--filter", "zzz*", "--junit", junit.toString());
        assertEquals(2, run.status(), run.err());
        assertFalse(Files.exists(junit), "no report with tests=\"0\"");
        try (var left = Files.list(junit.getParent())) {
            assertEquals(List.of(), left.toList(), "no temporary file is left either");
        }
    }

    @Test
    void aGitBaselineKeepsRuleFilesWithDanishNamesAndKeepsGitsWarningsOutOfTheRules() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Path rules = EditedRules.copyOfShipped(repo.resolve("regler"));
        Files.move(rules.resolve("warnings.drl"), rules.resolve("advarsler æ.drl"));
        assumeTrue(TestFiles.git(repo, "init", "-q"), "git is not installed here");
        // A tag and a branch of the same name: git warns that the name is ambiguous, on stderr.
        assertTrue(TestFiles.git(repo, "add", "-A")
                && TestFiles.git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "regler")
                && TestFiles.git(repo, "tag", "amb")
                && TestFiles.git(repo, "branch", "amb"));

        Run run = Run.of("replay", SCENARIOS, "--rules", rules.toString(), "--baseline", "git:amb");

        assertEquals(0, run.status(), run.out() + run.err());
        assertFalse(
                run.out().contains("changed from the baseline rules"), "the same rules change nothing:\n" + run.out());
    }

    @Test
    void theShippedScenariosAllPassWithALinePerScenarioAndTheSummaryLast() throws Exception {
        int scenarios = CaseFiles.below(Project.scenarios()).size();
        assertTrue(scenarios >= 30, "at least 30 scenarios");
        Run run = Run.of("replay", SCENARIOS, "--rules", RULES);
        assertEquals(0, run.status(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(
                scenarios, lines.stream().filter(l -> l.startsWith("PASS   ")).count());
        assertEquals(scenarios + " passed, 0 failed", lines.get(lines.size() - 1));
        assertTrue(run.out().contains("Untested rules: none"), run.out());
    }

    @Test
    void aRuleEditThatBreaksCasesExitsOneAndShowsExpectedActualAndTheDecidingRules() throws Exception {
        Path rules = editedRules();
        Run run = Run.of("replay", SCENARIOS, "--rules", rules.toString());
        assertEquals(1, run.status());
        assertTrue(run.out().contains("FAIL   lokalplan-hoering"), run.out());
        assertTrue(run.out().contains("type: expected steered, got responsibilising"), run.out());
        assertTrue(
                run.out()
                        .contains("- An axis leans to its second end (unpredictable; external actors) when that end "
                                + "weighs more"),
                run.out());
        assertTrue(run.out().strip().endsWith("passed, 3 failed"), run.out());
    }

    @Test
    void theImpactOfAOneLineRuleEditListsExactlyTheScenariosItMoves() throws Exception {
        Path rules = editedRules();
        Run run = Run.of("replay", SCENARIOS, "--rules", rules.toString(), "--baseline", RULES, "--format", "json");
        JsonNode report = new ObjectMapper().readTree(run.out());
        Set<String> moved = new TreeSet<>();
        for (JsonNode scenario : report.get("scenarios")) {
            if (!scenario.get("changes").isEmpty()) {
                moved.add(scenario.get("id").asText());
            }
        }
        assertEquals(
                Set.of("forstaaelse-afviger-fra-typen", "lokalplan-hoering", "lovpligtig-hoering-klimaplan"), moved);
        assertEquals(3, report.get("summary").get("changed").asInt());
    }

    @Test
    void theJUnitXmlHasOneTestCasePerScenarioWithFailuresMarked() throws Exception {
        Path xml = temp.resolve("out/replay.xml");
        Run run = Run.of("replay", SCENARIOS, "--rules", editedRules().toString(), "--junit", xml.toString());
        assertEquals(1, run.status());
        Document document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        NodeList cases = document.getElementsByTagName("testcase");
        int scenarios = CaseFiles.below(Project.scenarios()).size();
        assertEquals(scenarios, cases.getLength());
        assertEquals(String.valueOf(scenarios), suite.getAttribute("tests"));
        assertEquals("3", suite.getAttribute("failures"));
        assertEquals(3, document.getElementsByTagName("failure").getLength());
        assertTrue(((Element) cases.item(0)).getAttribute("time").matches("\\d+\\.\\d{3}"));
        try (var files = Files.list(xml.getParent())) {
            assertEquals(List.of(xml), files.toList(), "only the report is left in the folder");
        }
    }

    @Test
    void brokenFilesAmongGoodOnesAreErrorsWithPositionsAndEveryGoodOneIsReplayed() throws Exception {
        Path folder = temp.resolve("mixed");
        Files.createDirectories(folder);
        Files.copy(Project.scenarios().resolve("article/vores-rum.yaml"), folder.resolve("a-good.yaml"));
        Files.writeString(folder.resolve("b-broken.yaml"), "id: broken\ntitle: t\ncase:\n  actors: [\n");
        Files.writeString(
                folder.resolve("c-case-only.yaml"),
                "id: only-a-case\ntitle: t\ncase:\n  actors: [{name: K, kind: municipality}]\n");
        Files.copy(Project.scenarios().resolve("article/affaldssortering.yaml"), folder.resolve("d-good.yaml"));
        Files.copy(Project.scenarios().resolve("article/affaldssortering.yaml"), folder.resolve("e-duplicate.yaml"));
        Run run = Run.of("replay", folder.toString(), "--rules", RULES);
        assertEquals(1, run.status());
        List<String> lines =
                run.out().lines().filter(l -> l.matches("(PASS|FAIL|ERROR) .*")).toList();
        assertEquals(5, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("PASS   vores-rum"));
        assertTrue(lines.get(1).matches("ERROR  .*b-broken\\.yaml:\\d+:\\d+: .*"), lines.get(1));
        assertTrue(lines.get(2).contains("c-case-only.yaml: no expect: block"), lines.get(2));
        assertTrue(lines.get(3).startsWith("PASS   affaldssortering"));
        assertTrue(
                lines.get(4).contains("e-duplicate.yaml: id \"affaldssortering\" is used twice")
                        && lines.get(4).contains("d-good.yaml"),
                lines.get(4));
        assertTrue(run.out().strip().endsWith("2 passed, 0 failed, 3 errors"), run.out());
    }

    @Test
    void filterTypeAndFailFastSelectScenarios() throws Exception {
        Run filtered = Run.of("replay", SCENARIOS, "--rules", RULES, "--filter", "frivillige-*");
        assertTrue(filtered.out().strip().endsWith("3 passed, 0 failed"), filtered.out());
        Run typed = Run.of("replay", SCENARIOS, "--rules", RULES, "--type", "facilitating");
        Set<String> facilitating = new TreeSet<>();
        for (Path file : CaseFiles.below(Project.scenarios())) {
            CaseFile scenario = CaseReader.read(file);
            if (scenario.expect() != null
                    && "facilitating".equals(scenario.expect().type())) {
                facilitating.add(scenario.id());
            }
        }
        assertTrue(facilitating.size() >= 4, facilitating.toString());
        assertEquals(
                facilitating,
                typed.out()
                        .lines()
                        .filter(l -> l.startsWith("PASS"))
                        .map(l -> l.split("\\s+")[1])
                        .collect(Collectors.toCollection(TreeSet::new)),
                typed.out());
        Run fast = Run.of("replay", SCENARIOS, "--rules", editedRules().toString(), "--fail-fast");
        assertEquals(1, fast.status());
        assertEquals(1, fast.out().lines().filter(l -> l.startsWith("FAIL")).count(), fast.out());
    }

    @Test
    void jsonReplayGivesOneReportPerScenarioAndCoverageWithScenarioIds() throws Exception {
        Run run = Run.of("replay", SCENARIOS, "--rules", RULES, "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(
                CaseFiles.below(Project.scenarios()).size(),
                report.get("scenarios").size());
        for (JsonNode scenario : report.get("scenarios")) {
            assertTrue(scenario.get("passed").asBoolean());
            assertTrue(scenario.has("type") && scenario.has("axes") && scenario.has("differences"));
        }
        JsonNode hearing =
                report.get("coverage").get("rules").get("A hearing on a finished proposal is not a decision space");
        List<String> ids = new ArrayList<>();
        hearing.forEach(id -> ids.add(id.asText()));
        assertEquals(
                List.of("lokalplan-hoering", "lovpligtig-hoering-klimaplan", "forstaaelse-afviger-fra-typen"), ids);
        assertEquals(0, report.get("coverage").get("untested_rules").size());
    }

    @Test
    void badArgumentsAndBrokenRulesExitTwo() throws Exception {
        assertEquals(2, Run.of("replay").status());
        assertEquals(
                2,
                Run.of("replay", temp.resolve("missing").toString(), "--rules", RULES)
                        .status());
        assertEquals(
                2,
                Run.of("replay", SCENARIOS, "--rules", RULES, "--type", "stered")
                        .status());
        Path rules = temp.resolve("broken-rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("x.drl"), "package samskab;\nrule \"x\" when then insert( end\n");
        assertEquals(2, Run.of("replay", SCENARIOS, "--rules", rules.toString()).status());
    }

    @Test
    void replayNeverModifiesAScenario() throws Exception {
        List<Path> files = CaseFiles.below(Project.scenarios());
        List<String> before = new ArrayList<>();
        for (Path file : files) {
            before.add(Files.readString(file) + Files.getLastModifiedTime(file));
        }
        Run.of(
                "replay",
                SCENARIOS,
                "--rules",
                RULES,
                "--junit",
                temp.resolve("j.xml").toString());
        List<String> after = new ArrayList<>();
        for (Path file : files) {
            after.add(Files.readString(file) + Files.getLastModifiedTime(file));
        }
        assertEquals(before, after);
    }

    @Test
    void aBadSelectionOrAFolderWithNothingToReplayIsOneLineAndStatusTwoNeverAGreenZero() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Path folderAsJunit = Files.createDirectories(temp.resolve("junit-folder"));
        for (String[] args : List.of(
                new String[] {"replay", SCENARIOS, "--filter", "["},
                new String[] {"replay", SCENARIOS, "--junit", folderAsJunit.toString()},
                new String[] {"replay", empty.toString()},
                new String[] {"replay", SCENARIOS, "--filter", "zzz*"})) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--rules", RULES));
            Run run = Run.of(all.toArray(String[]::new));
            assertEquals(2, run.status(), all.toString());
            assertEquals(1, run.errorLines().size(), all + ": " + run.err());
            assertTrue(!run.err().contains("Exception") && !run.err().contains("internal error"), run.err());
        }
    }

    private Path editedRules() throws Exception {
        return EditedRules.hearingCountsForExternalActors(temp.resolve("edited-rules"));
    }
}
