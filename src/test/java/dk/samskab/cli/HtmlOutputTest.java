package dk.samskab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.EditedRules;
import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format html} for {@code classify} and {@code replay}: one self-contained page for many cases. */
class HtmlOutputTest {

    private static final String SCENARIOS = Project.scenarios().toString();
    private static final String RULES = Project.rulesFolder().toString();
    private static final Set<String> OUTSIDE = Set.of("collaboration", "civil-society-only");

    @TempDir
    Path temp;

    @Test
    void classifyingAFolderGivesAnOverviewTableAndOneChartWithEveryCaseLinkedToItsSection() throws Exception {
        Path out = temp.resolve("report.html");
        Run run = Run.of("classify", SCENARIOS, "--rules", RULES, "--format", "html", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        Document page = Jsoup.parse(Files.readString(out));
        assertEquals(List.of(), dk.samskab.report.SelfContained.problems(page));
        List<Path> files = CaseFiles.below(Project.scenarios());
        Elements rows = page.select("table.cases tbody tr");
        assertEquals(files.size(), rows.size());
        int outside = 0;
        for (Path file : files) {
            var scenario = CaseReader.read(file);
            Element row = page.selectFirst("table.cases tr[data-case=" + scenario.id() + "]");
            assertNotNull(row, scenario.id());
            Element section = page.getElementById("case-" + scenario.id());
            assertNotNull(section, "a section for " + scenario.id());
            assertEquals(scenario.expect().type(), section.attr("data-type"));
            assertEquals("#case-" + scenario.id(), row.selectFirst("a").attr("href"));
            Element marker = page.selectFirst("#overview-chart g.marker[data-case=" + scenario.id() + "]");
            if (OUTSIDE.contains(scenario.expect().type())) {
                outside++;
                assertEquals(null, marker, "not plotted: " + scenario.id());
                assertTrue(page.selectFirst("#overview .not-plotted").text().contains(scenario.id()));
            } else {
                assertNotNull(marker, "plotted: " + scenario.id());
                assertEquals("#case-" + scenario.id(), marker.parent().attr("href"), "the marker links to its section");
            }
        }
        assertEquals(
                files.size() - outside, page.select("#overview-chart g.marker").size());
        assertEquals(
                files.size(), page.select("article.case svg.typology-chart").size(), "and one chart per case");
    }

    @Test
    void replayAsHtmlPutsTheFailuresFirstWithTheirDifferencesAndKeepsTheExitStatus() throws Exception {
        Run run = Run.of("replay", SCENARIOS, "--rules", editedRules().toString(), "--format", "html");
        assertEquals(1, run.status(), run.err());
        Document page = Jsoup.parse(run.out());
        assertEquals(List.of(), dk.samskab.report.SelfContained.problems(page));
        int scenarios = CaseFiles.below(Project.scenarios()).size();
        assertTrue(
                page.selectFirst(".summary").text().equals((scenarios - 3) + " passed, 3 failed"),
                page.selectFirst(".summary").text());
        List<String> verdicts = page.select("table.cases td.col-verdict").eachText();
        assertEquals(scenarios, verdicts.size());
        assertEquals(List.of("FAIL", "FAIL", "FAIL"), verdicts.subList(0, 3));
        assertTrue(verdicts.subList(3, verdicts.size()).stream().allMatch("PASS"::equals));
        List<String> failed = new ArrayList<>(
                page.select("table.cases tbody tr").eachAttr("data-case").subList(0, 3));
        assertEquals(
                Set.of("lokalplan-hoering", "lovpligtig-hoering-klimaplan", "forstaaelse-afviger-fra-typen"),
                Set.copyOf(failed));
        Element first = page.select("article.case").first();
        assertEquals(failed.get(0), first.attr("data-case"), "the sections follow the table");
        assertEquals("FAIL", first.selectFirst(".verdict").text());
        assertTrue(
                first.selectFirst(".differences").text().contains("type: expected steered, got responsibilising"),
                first.selectFirst(".differences").text());
    }

    @Test
    void replayAsHtmlListsFilesThatCouldNotBeReadFirstAndStillLinksEveryRow() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        Files.copy(Project.scenarios().resolve("article/vores-rum.yaml"), folder.resolve("a-good.yaml"));
        Files.writeString(folder.resolve("b-broken.yaml"), "id: broken\ntitle: [unclosed\n");
        Files.copy(Project.scenarios().resolve("article/vores-rum.yaml"), folder.resolve("c-duplicate.yaml"));
        Run run = Run.of("replay", folder.toString(), "--rules", RULES, "--format", "html");
        assertEquals(1, run.status(), run.err());
        Document page = Jsoup.parse(run.out());
        assertEquals(List.of(), dk.samskab.report.SelfContained.problems(page), "every row links to a section");
        assertEquals(
                List.of("ERROR", "ERROR", "PASS"),
                page.select("table.cases td.col-verdict").eachText());
        assertEquals(
                "1 passed, 0 failed, 2 errors", page.selectFirst(".summary").text());
        assertTrue(
                page.select("table.cases td.col-title").get(0).text().contains("b-broken.yaml:"),
                page.select("table.cases td.col-title").get(0).text());
        assertTrue(page.select("article.case .differences").get(1).text().contains("is used twice"));
        assertEquals(1, page.select("#overview-chart g.marker").size(), "only the case that was classified");
    }

    @Test
    void replayAsHtmlInDanishIsDanish() throws Exception {
        Run run = Run.of(
                "replay", SCENARIOS, "--rules", RULES, "--format", "html", "--lang", "da", "--filter", "frivillige-*");
        assertEquals(0, run.status(), run.err());
        Document page = Jsoup.parse(run.out());
        assertEquals("da", page.selectFirst("html").attr("lang"));
        assertEquals("3 bestået, 0 fejlet", page.selectFirst(".summary").text());
        assertEquals("Overblik", page.selectFirst("#overview h2").text());
        assertEquals(
                3,
                page.select("#overview-chart g.marker[data-quadrant=responsibilising]")
                        .size());
    }

    @Test
    void markdownGainsTheChartAsATableAndTheUnknownFactsAsQuestions() throws Exception {
        Run one = Run.of(
                "classify",
                Project.scenarios()
                        .resolve("weighing/lige-vaegt-uden-definerende.yaml")
                        .toString(),
                "--rules",
                RULES,
                "--format",
                "markdown");
        assertEquals(0, one.status(), one.err());
        String md = one.out();
        assertTrue(
                md.contains(
                        "| | The municipality as central actor | Citizens/companies/civil society as central actors |"),
                md);
        assertTrue(md.contains("| **Predictability** | Steered co-creation: **● this case** (on the line) |"), md);
        assertTrue(md.contains("| **Unpredictability** | Equal co-creation: **● this case** (on the line) |"), md);
        assertTrue(md.contains("- **Is the result planned in advance?** Yes → Steered"), md);
        Run many = Run.of("classify", SCENARIOS, "--rules", RULES, "--format", "markdown");
        assertTrue(many.out().startsWith("# samskab report: "), many.out());
        assertTrue(many.out().contains("| 9 | [vores-rum](#case-vores-rum) |"), many.out());
        assertTrue(many.out().contains("<a id=\"case-vores-rum\"></a>"));
        assertTrue(many.out().contains("Not plotted, as they are outside co-creation:"));
    }

    private Path editedRules() throws Exception {
        return EditedRules.hearingCountsForExternalActors(temp.resolve("edited-rules"));
    }
}
