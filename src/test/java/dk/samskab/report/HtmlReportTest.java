package dk.samskab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.explain.Explanation;
import dk.samskab.i18n.Lang;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report of every scenario, parsed with a real HTML parser: self-contained, complete and escaped. */
class HtmlReportTest {

    static Document html(Explanation e, Lang lang) {
        return Jsoup.parse(new HtmlReport(new CodeWords(lang)).render(List.of(e)));
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioGivesAPageThatReferencesNothingOutsideTheFile() {
        return Scenarios.files().stream()
                .flatMap(file -> Stream.of(Lang.values())
                        .map(lang -> DynamicTest.dynamicTest(
                                Project.scenarios().relativize(file) + " (" + lang.code() + ")", () -> {
                                    Document page = html(Scenarios.explain(file), lang);
                                    assertEquals(List.of(), SelfContained.problems(page));
                                    assertEquals(
                                            lang.code(),
                                            page.selectFirst("html").attr("lang"));
                                    assertNotNull(page.selectFirst("style"), "the CSS is inline");
                                })));
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPageDrawsItsMarkerInTheQuadrantOfTheTypeItsScenarioExpects() {
        return Scenarios.files().stream()
                .map(file -> DynamicTest.dynamicTest(
                        Project.scenarios().relativize(file).toString(), () -> {
                            Explanation e = Scenarios.explain(file);
                            Element chart = html(e, Lang.EN).selectFirst("svg.typology-chart");
                            assertNotNull(chart, "every case shows the 2×2 chart");
                            assertEquals(4, chart.select("rect.quadrant").size());
                            Elements markers = chart.select("g.marker");
                            String expected = Scenarios.expectedType(file);
                            if (expected.equals("collaboration") || expected.equals("civil-society-only")) {
                                assertEquals(0, markers.size(), "a case outside co-creation is not plotted");
                                return;
                            }
                            assertEquals(1, markers.size());
                            Element dot = markers.first().selectFirst("circle.marker-dot");
                            double x = Double.parseDouble(dot.attr("cx"));
                            double y = Double.parseDouble(dot.attr("cy"));
                            double r = Double.parseDouble(dot.attr("r"));
                            if (Scenarios.QUADRANT.containsKey(expected)) {
                                String[] poles = Scenarios.QUADRANT.get(expected);
                                Element quadrant = chart.selectFirst("rect.quadrant[data-predictability=" + poles[0]
                                        + "][data-central-actor=" + poles[1] + "]");
                                assertEquals(
                                        expected, quadrant.attr("data-quadrant"), "the quadrant is named for its type");
                                assertTrue(inside(quadrant, x, y, r), expected + " marker at " + x + "," + y);
                            } else {
                                Element marker = markers.first();
                                double centre = HtmlChart.MARGIN + HtmlChart.PLOT / 2.0;
                                boolean onHorizontal = Math.abs(y - centre) < 0.01;
                                boolean onVertical = Math.abs(x - centre) < 0.01;
                                assertEquals("undetermined".equals(marker.attr("data-predictability")), onHorizontal);
                                assertEquals("undetermined".equals(marker.attr("data-central-actor")), onVertical);
                                assertTrue(onHorizontal || onVertical, "an undetermined case sits on a line");
                            }
                        }));
    }

    static boolean inside(Element rect, double x, double y, double r) {
        double left = Double.parseDouble(rect.attr("x"));
        double top = Double.parseDouble(rect.attr("y"));
        double right = left + Double.parseDouble(rect.attr("width"));
        double bottom = top + Double.parseDouble(rect.attr("height"));
        return x - r >= left && x + r <= right && y - r >= top && y + r <= bottom;
    }

    @Test
    void aCaseWithMixedSignalsIsDrawnNearerTheLineThanAOneSidedCase() {
        double centre = HtmlChart.MARGIN + HtmlChart.PLOT / 2.0;
        double mixed = Math.abs(markerY(Scenarios.explain("warnings/blandede-signaler.yaml")) - centre);
        double oneSided = Math.abs(markerY(Scenarios.explain("article/aarhus-sundhedspolitik.yaml")) - centre);
        assertTrue(mixed < oneSided, "mixed " + mixed + " vs one-sided " + oneSided);
        assertTrue(mixed > 10, "but still inside its own quadrant");
    }

    private static double markerY(Explanation e) {
        return Double.parseDouble(
                html(e, Lang.EN).selectFirst("circle.marker-dot").attr("cy"));
    }

    @Test
    void theChartIsLabelledAsInTheArticleInDanishAndInEnglishInEnglish() {
        Explanation e = Scenarios.explain("article/vores-rum.yaml");
        Element danish = html(e, Lang.DA).selectFirst("svg.typology-chart");
        assertEquals("Forudsigelighed", danish.selectFirst(".axis-predictable").text());
        assertEquals(
                "Uforudsigelighed", danish.selectFirst(".axis-unpredictable").text());
        assertEquals(
                "Kommunen som central aktør",
                danish.selectFirst(".axis-municipality").text());
        assertEquals(
                "Borgere/virksomheder/civilsamfundet som centrale aktører",
                danish.selectFirst(".axis-external").text());
        Element english = html(e, Lang.EN).selectFirst("svg.typology-chart");
        assertEquals("Predictability", english.selectFirst(".axis-predictable").text());
        assertEquals(
                "Unpredictability", english.selectFirst(".axis-unpredictable").text());
        assertEquals(
                "The municipality as central actor",
                english.selectFirst(".axis-municipality").text());
        assertEquals(
                "Citizens/companies/civil society as central actors",
                english.selectFirst(".axis-external").text());
    }

    @Test
    void theRoundTableShowsTheEmployeeAtThePlaceTheRulesGave() {
        for (String[] c : List.of(
                new String[] {"article/lokalplan-hoering.yaml", "at-the-head"},
                new String[] {"article/hr-nielsen-albertslund.yaml", "at-the-table-steering"},
                new String[] {"article/aarhus-sundhedspolitik.yaml", "at-the-table-no-head"},
                new String[] {"article/vores-rum.yaml", "beside-the-table"})) {
            Document page = html(Scenarios.explain(c[0]), Lang.EN);
            Element table = page.selectFirst("svg.round-table");
            assertEquals(c[1], table.attr("data-place"), c[0]);
            Element seat = table.selectFirst("g.employee circle");
            double dx = Double.parseDouble(seat.attr("cx")) - RoundTable.CX;
            double dy = Double.parseDouble(seat.attr("cy")) - RoundTable.CY;
            double distance = Math.hypot(dx, dy);
            if (c[1].equals("beside-the-table")) {
                assertTrue(distance > RoundTable.RING + 30, "beside the table, away from the seats: " + distance);
                assertEquals(8, table.select("circle.partner").size(), "every seat is the partners'");
            } else {
                assertTrue(distance <= RoundTable.RING + 6, "at the table: " + distance);
                assertEquals(7, table.select("circle.partner").size());
            }
            assertEquals(c[1].equals("at-the-head"), table.selectFirst(".table-head") != null, c[0]);
            assertEquals(c[1].equals("at-the-table-steering"), table.selectFirst(".steer") != null, c[0]);
        }
        Document outside = html(Scenarios.explain("definition/samarbejde-mellem-forvaltninger.yaml"), Lang.EN);
        assertNull(outside.selectFirst("svg.round-table"), "no role, no place at the table");
        assertTrue(outside.selectFirst(".no-table").text().contains("has no place"));
    }

    @Test
    void warningsComeFirstAndVisiblyMarkedThenTheResultChainQuestionsWhyNotAndStamp() {
        Explanation e = Scenarios.explain("weighing/lige-vaegt-uden-definerende.yaml");
        Document page = html(e, Lang.EN);
        Element article = page.selectFirst("article.case");
        List<String> order = new ArrayList<>();
        for (Element child : article.children()) {
            order.add(child.className());
        }
        assertEquals(
                List.of(
                        "case-head",
                        "warnings",
                        "result",
                        "figures",
                        "chain",
                        "questions",
                        "why-not",
                        "flips",
                        "facts-given",
                        "stamp"),
                order);
        Elements warnings = article.select(".warnings li.warning");
        assertEquals(List.of("mixed-signals", "missing-information"), warnings.eachAttr("data-code"));
        assertTrue(article.selectFirst(".warnings-title").text().startsWith("⚠"));
        assertEquals(
                e.unknownFacts().size(),
                article.select(".questions li.question").size());
        assertTrue(article.select(".questions .ask").eachText().stream().allMatch(q -> q.endsWith("?")));
        assertTrue(article.select(".questions .ask").eachText().contains("Is the result planned in advance?"));
        assertEquals(4, article.select(".why-not li").size(), "the four co-creation types but none derived");
        assertTrue(article.selectFirst(".stamp").text().contains(e.stamp().rulesSha256()));
        assertTrue(article.selectFirst(".stamp").text().contains(e.stamp().caseSha256()));
    }

    @Test
    void theChainLeadsFromEachFactThroughTheAxesToTheTypeAndTheRoles() {
        Explanation e = Scenarios.explain("article/lokalplan-hoering.yaml");
        Element chain = html(e, Lang.EN).selectFirst("section.chain");
        Elements steps = chain.select("ol.steps > li");
        assertEquals(
                List.of("predictability", "central-actor"),
                steps.select("[data-axis]").eachAttr("data-axis"));
        assertTrue(
                steps.get(0).text().contains("Is the result planned in advance? Yes → predictable"),
                steps.get(0).text());
        assertEquals(
                "Predictability: predictable (decided by “Is the result planned in advance? Yes” (defining); 1 characteristic fact "
                        + "agrees; 1 typical trait agrees; weight 10 to 0)",
                steps.get(0).selectFirst(".step-title").text());
        assertTrue(steps.get(0).selectFirst(".conclusion").text().startsWith("⇒ predictable The evidence for one end"));
        assertEquals(
                "rule: predictability.dslr:19 [EN TYPOLOGI OVER SAMSKABELSE] · result_planned_in_advance: true",
                steps.get(0).selectFirst(".evidence .rule").text(),
                "the codes trail the words, for rule authors");
        assertTrue(steps.get(2)
                .text()
                .contains("Predictability: predictable · Central actor: the municipality ⇒ Steered co-creation"));
        assertTrue(
                steps.get(3).text().contains("defining and deciding"),
                steps.get(3).text());
    }

    @Test
    void textFromTheCaseFileIsEscapedAndShowsAsWritten(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("escape.yaml");
        java.nio.file.Files.writeString(file, """
                id: escape
                title: "<script>alert(1)</script>"
                source: '"><svg onload=alert(2)>'
                description: "<img src=x onerror=alert(3)> & <a href='https://example.org/'>x</a>"
                case:
                  actors:
                    - { name: "<b onmouseover=alert(4)>Kommunen</b>", kind: municipality }
                    - { name: "Borgere <iframe src=//example.org>", kind: citizen }
                  perceived_types:
                    - { actor: "<b onmouseover=alert(4)>Kommunen</b>", type: steered }
                """);
        Explanation e = Scenarios.explain(file);
        for (Lang lang : Lang.values()) {
            Document page = html(e, lang);
            assertEquals(List.of(), SelfContained.problems(page));
            assertEquals(
                    "<script>alert(1)</script>",
                    page.selectFirst("h1.case-title").text());
            assertTrue(page.title().startsWith("<script>alert(1)</script>"));
            assertTrue(page.selectFirst(".case-source").text().endsWith("\"><svg onload=alert(2)>"));
            assertTrue(page.selectFirst(".case-description").text().startsWith("<img src=x onerror=alert(3)> & <a"));
            assertTrue(page.select(".actors td").eachText().contains("<b onmouseover=alert(4)>Kommunen</b>"));
            assertTrue(page.selectFirst(".perceptions").text().contains("<b onmouseover=alert(4)>Kommunen</b>"));
            assertEquals(0, page.select("b, iframe, img, a[href^=http]").size());
        }
        String overview =
                new HtmlReport(new CodeWords(Lang.EN)).render(List.of(e, Scenarios.explain("article/vores-rum.yaml")));
        Document many = Jsoup.parse(overview);
        assertEquals(List.of(), SelfContained.problems(many));
        assertTrue(many.select("table.cases td.col-title").eachText().contains("<script>alert(1)</script>"));
        assertTrue(many.selectFirst("svg.typology-chart").select("title").eachText().stream()
                .anyMatch(t -> t.contains("<script>alert(1)</script>")));
    }

    @Test
    void theSameCaseGivesTheSameBytes() {
        Explanation e = Scenarios.explain("article/vores-rum.yaml");
        HtmlReport report = new HtmlReport(new CodeWords(Lang.DA));
        assertEquals(report.render(List.of(e)), report.render(List.of(e)));
    }

    @Test
    void thePrintStylesheetSetsA4AndKeepsChartsTableRowsAndEvidenceWhole() {
        Element style =
                html(Scenarios.explain("article/vores-rum.yaml"), Lang.EN).selectFirst("style");
        String css = style.data();
        assertTrue(css.contains("@page { size: A4;"), "A4 pages");
        String print = css.substring(css.indexOf("@media print"));
        List<String> keptWhole = new ArrayList<>();
        for (String rule : print.split("}")) {
            String[] parts = rule.split("\\{");
            if (parts.length == 2 && parts[1].contains("break-inside: avoid")) {
                for (String selector : parts[0].split(",")) {
                    keptWhole.add(selector.strip());
                }
            }
        }
        assertTrue(
                keptWhole.containsAll(List.of("figure", "svg", "tr", ".evidence li", ".warnings")),
                keptWhole.toString());
    }

    @Test
    void everyFactHasAQuestionInEnglishAndDanish() {
        for (Lang lang : Lang.values()) {
            var words = new dk.samskab.report.model.Wording(lang);
            for (dk.samskab.model.Fact fact : dk.samskab.model.Fact.values()) {
                String question = words.question(fact);
                assertFalse(question.startsWith("question."), lang + " lacks a question for " + fact.code());
                assertTrue(question.endsWith("?"), question);
            }
        }
    }
}
