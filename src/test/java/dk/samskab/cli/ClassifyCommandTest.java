package dk.samskab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskab.EditedRules;
import dk.samskab.Project;
import dk.samskab.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samskab classify} as a user meets it: reports, languages, formats, errors and exit statuses. */
class ClassifyCommandTest {

    private static final String HEARING =
            Project.scenarios().resolve("article/lokalplan-hoering.yaml").toString();
    private static final String RULES = Project.rulesFolder().toString();

    @TempDir
    Path temp;

    @Test
    void theTextReportExplainsTypeWarningsAxesRolesAndAlternatives() {
        Run run = Run.of("classify", HEARING, "--rules", RULES);
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        String report = run.out();
        assertTrue(report.contains("Type: Steered co-creation (Styret samskabelse)"), report);
        assertTrue(report.contains("! A hearing is not a decision space (hearing-not-decision-space)"), report);
        assertTrue(report.contains("+ Is the result planned in advance? Yes → predictable"), report);
        assertTrue(
                report.contains("rule: predictability.dslr:19 [EN TYPOLOGI OVER SAMSKABELSE] · "
                        + "result_planned_in_advance: true"),
                report);
        assertTrue(report.contains("Employee: defining and deciding — sits at the head of the round table"), report);
        assertTrue(report.contains("WHY NOT THE OTHER TYPES"), report);
        assertTrue(
                report.contains("Equal co-creation: needs the process to be unpredictable; here it is predictable"),
                report);
        assertTrue(report.contains("WHAT WOULD CHANGE THE RESULT"), report);
        assertTrue(report.contains("samskab 0.1.0 · Drools 10.2.0 · rules sha256:"), report);
        report.lines().forEach(line -> assertTrue(line.length() <= 100, "wider than 100 columns: " + line));
    }

    @Test
    void rulesNamingAFileSayItIsAFileNotThatThereIsNoFolder() {
        String typology = Project.rulesFolder().resolve("typology.drl").toString();
        Run run = Run.of("classify", HEARING, "--rules", typology);
        assertEquals(2, run.status());
        assertEquals(
                List.of(typology + ": is a file; --rules names the folder the rule files are in"), run.errorLines());
    }

    @Test
    void theDanishReportIsDanishThroughout() {
        Run run = Run.of("classify", HEARING, "--rules", RULES, "--lang", "da");
        assertEquals(0, run.status(), run.err());
        String report = run.out().replaceAll("\\s+", " ");
        assertTrue(report.contains("Type: Styret samskabelse"), report);
        assertTrue(report.contains("ADVARSLER"), report);
        assertTrue(report.contains("En høringsfase er ikke et beslutningsrum"), report);
        assertTrue(
                report.contains("Medarbejderen: definerende og besluttende — sidder for enden af det runde bord"),
                report);
        assertTrue(report.contains("HVORFOR IKKE DE ANDRE TYPER"), report);
        assertFalse(report.contains("Steered"), report);
    }

    @Test
    void theJsonReportHasTheContractKeysAndIsByteIdenticalWhenRepeated() throws Exception {
        Run first = Run.of("classify", HEARING, "--rules", RULES, "--format", "json");
        Run second = Run.of("classify", HEARING, "--rules", RULES, "--format", "json");
        assertEquals(0, first.status(), first.err());
        assertEquals(first.out(), second.out());
        JsonNode report = new ObjectMapper().readTree(first.out());
        for (String key : List.of("id", "type", "employee_role", "citizen_roles", "warnings", "axes", "explanation")) {
            assertTrue(report.has(key), "missing key " + key);
        }
        assertEquals("steered", report.get("type").asText());
        assertEquals("Styret samskabelse", report.get("type_name").get("da").asText());
        assertEquals(
                "hearing-not-decision-space",
                report.get("warnings").get(0).get("code").asText());
        assertFalse(report.get("warnings").get(0).get("message").asText().isBlank());
        assertEquals(
                "predictable",
                report.get("axes").get("predictability").get("position").asText());
    }

    @Test
    void severalFilesGiveAJsonArray() throws Exception {
        Run run = Run.of(
                "classify",
                HEARING,
                Project.scenarios().resolve("article/vores-rum.yaml").toString(),
                "--rules",
                RULES,
                "--format",
                "json");
        JsonNode reports = new ObjectMapper().readTree(run.out());
        assertTrue(reports.isArray());
        assertEquals(2, reports.size());
        assertEquals("facilitating", reports.get(1).get("type").asText());
    }

    @Test
    void theMarkdownReportHasHeadingsAndEscapesTheCaseText() throws Exception {
        Path file = temp.resolve("x.yaml");
        Files.writeString(
                file,
                "id: x\ntitle: \"<script>alert(1)</script> *bold*\"\n"
                        + "case:\n  actors: [{name: K, kind: municipality}, {name: B, kind: citizen}]\n");
        Run run = Run.of("classify", file.toString(), "--rules", RULES, "--format", "markdown");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("# &lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\*"), run.out());
        assertTrue(run.out().contains("## Why not the other types"));
    }

    @Test
    void twoCasesWithOneIdGetTwoAnchorsSoEachLinkOfTheMarkdownReportFindsItsOwnCase() throws Exception {
        Path copy = temp.resolve("copy.yaml");
        Files.copy(Path.of(HEARING), copy);
        Run run = Run.of("classify", HEARING, copy.toString(), "--rules", RULES, "--format", "markdown");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("| 1 | [lokalplan-hoering](#case-lokalplan-hoering) |"), run.out());
        assertTrue(run.out().contains("| 2 | [lokalplan-hoering](#case-lokalplan-hoering-2) |"), run.out());
        assertTrue(run.out().contains("<a id=\"case-lokalplan-hoering\"></a>"), run.out());
        assertTrue(run.out().contains("<a id=\"case-lokalplan-hoering-2\"></a>"), run.out());
    }

    @Test
    void aMalformedCaseEndsWithOneLineAndStatusTwo() throws Exception {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(
                file,
                "id: bad\ntitle: t\ncase:\n  actors: [{name: K, kind: municipality}]\n"
                        + "  result_planned_in_advence: true\n");
        Run run = Run.of("classify", file.toString(), "--rules", RULES);
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals(
                List.of(file + ":5:3: unknown fact \"result_planned_in_advence\"; "
                        + "did you mean \"result_planned_in_advance\"?"),
                run.errorLines());
    }

    @Test
    void aRuleFileWithASyntaxErrorEndsWithOneLineAndStatusTwo() throws Exception {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("bad.drl"), "package samskab;\nrule \"x\"\nwhen\n  Case( == )\nthen\nend\n");
        Run run = Run.of("classify", HEARING, "--rules", rules.toString());
        assertEquals(2, run.status());
        assertEquals(1, run.errorLines().size(), run.err());
        assertTrue(run.errorLines().get(0).matches(".*bad\\.drl:4:\\d+: syntax error: .*"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void outWritesTheReportAndRefusesToOverwriteAnInput() throws Exception {
        Path out = temp.resolve("report.md");
        Run run = Run.of("classify", HEARING, "--rules", RULES, "--format", "markdown", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.readString(out).startsWith("# Kommunen sender et færdigt lokalplanforslag i høring"));
        try (var files = Files.list(temp)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
        }
        Path input = temp.resolve("case.yaml");
        Files.copy(Path.of(HEARING), input);
        String before = Files.readString(input);
        Run refused = Run.of("classify", input.toString(), "--rules", RULES, "--out", input.toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("is one of the input files"), refused.err());
        assertEquals(before, Files.readString(input));
    }

    @Test
    void anOutThatCannotBeWrittenSaysWhyInWordsNotInJava() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Run run = Run.of(
                "classify",
                HEARING,
                "--rules",
                RULES,
                "--out",
                file.resolve("report.md").toString());
        assertEquals(2, run.status());
        assertEquals(
                List.of("samskab: cannot write " + file.resolve("report.md")
                        + ": a part of the path is a file, not a folder"),
                run.errorLines());
        Run folder = Run.of("classify", HEARING, "--rules", RULES, "--out", temp.toString());
        assertEquals(List.of("samskab: --out " + temp + " is a folder; name a file"), folder.errorLines());
    }

    @Test
    void aReportWrittenWithOutIsReadableByOthersLikeAnyFileTheUserWrites() throws Exception {
        Path out = temp.resolve("shared.md");
        assertEquals(
                0,
                Run.of("classify", HEARING, "--rules", RULES, "--format", "markdown", "--out", out.toString())
                        .status());
        assertEquals(
                "rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void editingARuleFileChangesTheNextResultWithoutABuild() throws Exception {
        Path rules = EditedRules.copyOfShipped(temp.resolve("rules"));
        assertTrue(
                Run.of("classify", HEARING, "--rules", rules.toString()).out().contains("Type: Steered"));
        EditedRules.swapSteeredAndResponsibilising(rules);
        assertTrue(Run.of("classify", HEARING, "--rules", rules.toString())
                .out()
                .contains("Type: Responsibilising co-creation"));
    }

    @Test
    void droolsLogsNothingOnAnOrdinaryRun() {
        Run run = Run.of("classify", HEARING, "--rules", RULES);
        assertEquals("", run.err());
        assertFalse(run.out().contains("INFO"));
    }
}
