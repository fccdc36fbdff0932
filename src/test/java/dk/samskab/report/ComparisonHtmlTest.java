package dk.samskab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison's HTML page: self-contained, every party's marker on the one chart and linked to its explanation,
 * the disagreements as a table of facts by parties, the common ground, and every text escaped.
 */
class ComparisonHtmlTest {

    @TempDir
    Path folder;

    private static Document page(String lang) {
        Run run = Run.of(
                "compare",
                Project.scenarios().resolve("perspectives/kunstgraesbane").toString(),
                "--format",
                "html",
                "--lang",
                lang);
        assertEquals(0, run.status(), run.err());
        return Jsoup.parse(run.out());
    }

    @Test
    void everyPartysMarkerStandsOnTheOneChartLinkedToItsExplanation() {
        for (String lang : List.of("en", "da")) {
            Document page = page(lang);
            assertEquals(List.of(), SelfContained.problems(page), lang);
            assertEquals(lang, page.selectFirst("html").attr("lang"));
            assertEquals(1, page.select("#overview svg.typology-chart").size(), "one chart of all parties: " + lang);
            assertEquals(
                    page.select("svg.typology-chart").size() - 1,
                    page.select("#explanations svg.typology-chart").size(),
                    "the other charts are each party's own, in its explanation");
            List<Element> markers = page.select("#compare-chart a.marker-link");
            assertEquals(3, markers.size(), lang);
            for (Element marker : markers) {
                Element target = page.getElementById(marker.attr("href").substring(1));
                assertTrue(target != null && target.is("article.case"), marker.attr("href"));
            }
            assertTrue(
                    markers.get(0).attr("aria-label").contains("Kultur og Fritid"),
                    markers.get(0).toString());
            assertEquals(
                    List.of("1", "2", "3"),
                    page.select("#compare-chart .marker-label").eachText());
            assertEquals(
                    List.of("steered", "steered", "equal"),
                    page.select("#compare-chart g.marker").eachAttr("class").stream()
                            .map(c -> c.replace("marker t-", ""))
                            .toList());
            assertEquals(3, page.select("ol.legend li").size());
        }
    }

    @Test
    void theDisagreementsAreATableOfFactsByPartiesAndTheCommonGroundIsNotInIt() {
        Document page = page("en");
        Element table = page.selectFirst("table.disagreement-table");
        assertEquals(
                List.of(
                        "Fact",
                        "Kultur og Fritid",
                        "Forældrerådet på Nordby Skole",
                        "Nordby Boldklub",
                        "Changes the type"),
                table.select("thead th").eachText());
        assertEquals(
                List.of("result_planned_in_advance", "partners_take_part_in", "citizen_wishes_differ_from_goals"),
                table.select("tbody tr").eachAttr("data-fact"));
        assertEquals(
                List.of("Yes", "Yes", "No", "yes"),
                table.select("tbody tr").get(0).select("td").eachText());
        assertEquals(
                "doesn’t say",
                table.select("tbody tr").get(2).select("td.not-said").text());
        String common = page.selectFirst("#common-ground").text();
        assertTrue(common.contains("main_responsibility: municipality"), common);
        assertTrue(page.selectFirst(".agree-first").text().startsWith("Agree first on whether the result is planned"));
        assertEquals(3, page.select("#explanations article.case").size());
        assertTrue(page.selectFirst("#explanations h3").text().startsWith("Kultur og Fritid"));
    }

    @Test
    void aPartysNameAndTheTitleAreEscaped() throws Exception {
        String actors = """
                case:
                  actors:
                    - { name: "<script>alert(1)</script>", kind: municipality }
                    - { name: Boldklubben, kind: association }
                  result_planned_in_advance: %s
                """;
        Path a = Files.writeString(
                folder.resolve("a.yaml"),
                "id: a\ntitle: \"<b>Sommer</b>\"\nperspective_of: \"<script>alert(1)</script>\"\n"
                        + actors.formatted("true"));
        Path b = Files.writeString(
                folder.resolve("b.yaml"),
                "id: b\ntitle: \"<b>Sommer</b>\"\nperspective_of: Boldklubben\n" + actors.formatted("false"));
        Run run = Run.of("compare", a.toString(), b.toString(), "--format", "html");
        assertEquals(0, run.status(), run.err());
        Document page = Jsoup.parse(run.out());
        assertEquals(List.of(), SelfContained.problems(page));
        assertTrue(page.select("script, b").isEmpty(), "nothing of the files runs or renders as markup");
        assertTrue(page.selectFirst("table.parties").text().contains("<script>alert(1)</script>"));
        assertTrue(page.selectFirst("h1").text().contains("<b>Sommer</b>"));
    }
}
