package dk.samskab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskab.Chromium;
import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.i18n.Lang;
import dk.samskab.loading.CaseReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every scenario's HTML report in a real browser: Debian's chromium, headless, driven through Debian's chromedriver
 * in one session. Each page loads with no console error and no network request, and the drawn markers lie in the
 * quadrant of the type each scenario expects. A screenshot and a PDF of one report go to target/screenshots.
 * Skipped, with a message saying so, only where no chromium or chromedriver binary exists ({@link Chromium}).
 */
class HtmlReportBrowserTest {

    /** A4 less the print stylesheet's margins (12 mm each side, 14 + 16 mm top and bottom), in CSS pixels. */
    private static final int A4_WIDTH = (int) Math.floor((210 - 24) / 25.4 * 96);

    private static final int A4_HEIGHT = (int) Math.floor((297 - 30) / 25.4 * 96);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChromeDriver browser;
    /** Why the browser tests are skipped, or {@code null} when a browser runs. */
    private static String skipped;

    private static Path pages;
    private static Path shots;
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();
    private static long started;
    private static int markersChecked;
    private static int pagesChecked;

    @BeforeAll
    static void startOneBrowserForAllPages() throws Exception {
        skipped = Chromium.missing();
        if (skipped != null) {
            System.err.println(skipped);
            return;
        }
        started = System.nanoTime();
        Path target = Project.home().resolve("target");
        pages = Files.createDirectories(target.resolve("html-reports"));
        shots = Files.createDirectories(target.resolve("screenshots"));
        browser = Chromium.start(target);

        for (Path file : Scenarios.files()) {
            EXPECTED.put(CaseReader.read(file).id(), Scenarios.expectedType(file));
        }
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
            System.out.printf(
                    "browser test: %d pages, %d markers checked in %.1f s%n",
                    pagesChecked, markersChecked, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Every test starts here: skipped, with the reason, where no browser can be had. */
    private static void needBrowser() {
        assumeTrue(skipped == null, skipped);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioReportLoadsCleanlyAndDrawsItsMarkerInItsExpectedQuadrant() {
        needBrowser();
        return Scenarios.files().stream()
                .map(file -> DynamicTest.dynamicTest(
                        Project.scenarios().relativize(file).toString(), () -> {
                            String id = CaseReader.read(file).id();
                            Path page = pages.resolve(id + ".html");
                            Files.writeString(
                                    page,
                                    new HtmlReport(new CodeWords(Lang.EN)).render(List.of(Scenarios.explain(file))));
                            JsonNode markers = load(page);
                            boolean outside = Scenarios.QUADRANT.get(EXPECTED.get(id)) == null
                                    && !"undetermined".equals(EXPECTED.get(id));
                            assertEquals(outside ? 0 : 1, markers.size(), "markers drawn for " + id);
                            markers.forEach(HtmlReportBrowserTest::assertInExpectedQuadrant);
                            if (outside) {
                                assertTrue(
                                        browser.findElement(By.cssSelector("figcaption .not-plotted"))
                                                .isDisplayed(),
                                        "the page says why the case is not plotted");
                            }
                        }));
    }

    @Test
    void theOverviewsOfClassifyAndReplayPlotEveryCaseInItsQuadrantAndLinkEachToItsSection() throws Exception {
        needBrowser();
        List<dk.samskab.explain.Explanation> all =
                Scenarios.files().stream().map(Scenarios::explain).toList();
        Path english =
                Files.writeString(pages.resolve("overview.html"), new HtmlReport(new CodeWords(Lang.EN)).render(all));
        Path danish = Files.writeString(
                pages.resolve("overview-da.html"), new HtmlReport(new CodeWords(Lang.DA)).render(all));
        Run replay = Run.of(
                "replay",
                Project.scenarios().toString(),
                "--rules",
                Project.rulesFolder().toString(),
                "--format",
                "html");
        assertEquals(0, replay.status(), replay.err());
        Path replayPage = Files.writeString(pages.resolve("replay.html"), replay.out());
        long plotted = EXPECTED.values().stream()
                .filter(t -> Scenarios.QUADRANT.containsKey(t) || t.equals("undetermined"))
                .count();
        for (Path page : List.of(english, danish, replayPage)) {
            JsonNode markers = load(page);
            long inOverview = 0;
            for (JsonNode marker : markers) {
                assertInExpectedQuadrant(marker);
                inOverview += marker.get("chart").asText().equals("overview-chart") ? 1 : 0;
            }
            assertEquals(plotted, inOverview, "every co-creation case in the overview chart of " + page);
        }
        browser.get(english.toUri().toString());
        browser.findElement(By.cssSelector("#overview-chart a.marker-link[href='#case-vores-rum']"))
                .click();
        assertEquals("#case-vores-rum", script("return location.hash"), "a marker links to its case's section");
        Number top = (Number)
                browser.executeScript("return document.getElementById('case-vores-rum').getBoundingClientRect().top");
        assertTrue(Math.abs(top.doubleValue()) < 5, "the section is scrolled into view: " + top);
        byte[] chart =
                browser.findElement(By.cssSelector("figure.overview-chart")).getScreenshotAs(OutputType.BYTES);
        Files.write(shots.resolve("overview-chart.png"), chart);
        assertEquals((byte) 0x89, chart[0], "a PNG of the overview chart");
    }

    @Test
    void oneCasePrintsOnA4WithNoChartOrTableCutOffAndAScreenshotIsSaved() throws Exception {
        needBrowser();
        Path page = pages.resolve("vores-rum-print.html");
        Files.writeString(
                page,
                new HtmlReport(new CodeWords(Lang.DA)).render(List.of(Scenarios.explain("article/vores-rum.yaml"))));
        load(page);
        screenshot(page, "vores-rum.png");
        for (String relative : List.of(
                "article/vores-rum.yaml",
                "weighing/lige-vaegt-uden-definerende.yaml",
                "warnings/forstaaelse-afviger-fra-typen.yaml")) {
            Path printed = pages.resolve("print-" + Path.of(relative).getFileName() + ".html");
            Files.writeString(
                    printed, new HtmlReport(new CodeWords(Lang.EN)).render(List.of(Scenarios.explain(relative))));
            load(printed);
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.<String, Object>of("media", "print"));
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.<String, Object>of(
                            "width", A4_WIDTH, "height", A4_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
            try {
                JsonNode overflow = JSON.readTree(script("""
                        const width = document.documentElement.clientWidth, out = [];
                        if (document.documentElement.scrollWidth > width + 1) out.push('page ' + document.documentElement.scrollWidth);
                        for (const e of document.querySelectorAll('svg, table, figure, .steps, pre')) {
                          const b = e.getBoundingClientRect();
                          if (b.left < -0.5 || b.right > width + 0.5) out.push(e.tagName + '.' + e.getAttribute('class') + ' ' + b.left + '..' + b.right);
                          if (e.tagName === 'TABLE' && e.scrollWidth > e.clientWidth + 1) out.push('table overflows ' + e.scrollWidth);
                          if (e.tagName.toLowerCase() === 'svg' && b.height > %d) out.push('svg taller than a page ' + b.height);
                        }
                        return JSON.stringify(out);""".formatted(A4_HEIGHT)));
                assertEquals("[]", overflow.toString(), relative + " at A4 width " + A4_WIDTH + " px in print media");
            } finally {
                browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.<String, Object>of());
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.<String, Object>of("media", ""));
            }
        }
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(PageSize.ISO_A4);
        a4.setBackground(true);
        browser.get(page.toUri().toString());
        byte[] pdf = Base64.getDecoder().decode(browser.print(a4).getContent());
        Path saved = Files.write(shots.resolve("vores-rum.pdf"), pdf);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF"), "a PDF");
        Matcher pageObjects = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
        int count = 0;
        while (pageObjects.find()) {
            count++;
        }
        assertTrue(count >= 1 && count <= 6, count + " A4 pages");
        System.out.printf("printed %s: %d A4 pages, %d bytes%n", saved, count, pdf.length);
    }

    /** What the browser saw while loading a page: console errors, requests beyond the file, drawn markers. */
    private record Observed(List<String> errors, List<String> requests, List<String> ownRequests, JsonNode markers) {}

    /** Loads a page and returns its drawn markers; fails on a console error or any request beyond the file. */
    private static JsonNode load(Path page) throws Exception {
        Observed seen = observe(page);
        assertEquals(List.of(), seen.errors(), "console errors on " + page.getFileName());
        assertEquals(List.of(), seen.requests(), "network requests from " + page.getFileName());
        assertEquals(1, seen.ownRequests().size(), "the performance log saw the page itself load");
        pagesChecked++;
        return seen.markers();
    }

    private static Observed observe(Path page) throws Exception {
        Chromium.clearLogs(browser);
        String url = page.toUri().toString();
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> "complete".equals(script("return document.readyState")));
        List<String> errors = Chromium.consoleErrors(browser);
        List<String> requests = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (String requested : Chromium.requests(browser)) {
            (requested.equals(url) ? own : requests).add(requested);
        }
        JsonNode markers = JSON.readTree(script("""
                const out = [];
                for (const chart of document.querySelectorAll('svg.typology-chart')) {
                  const quadrants = {};
                  for (const r of chart.querySelectorAll('rect.quadrant')) {
                    const b = r.getBoundingClientRect();
                    quadrants[r.dataset.predictability + '/' + r.dataset.centralActor] =
                        {left: b.left, top: b.top, right: b.right, bottom: b.bottom, type: r.dataset.quadrant};
                  }
                  const h = chart.querySelector('line[id$="-predictability-line"]').getBoundingClientRect();
                  const v = chart.querySelector('line[id$="-central-actor-line"]').getBoundingClientRect();
                  for (const m of chart.querySelectorAll('g.marker')) {
                    const b = m.querySelector('circle.marker-dot').getBoundingClientRect();
                    out.push({chart: chart.id, id: m.dataset.case, x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2,
                        r: b.width / 2, predictability: m.dataset.predictability, central: m.dataset.centralActor,
                        lineY: (h.top + h.bottom) / 2, lineX: (v.left + v.right) / 2, quadrants: quadrants});
                  }
                }
                return JSON.stringify(out);"""));
        return new Observed(errors, requests, own, markers);
    }

    @Test
    void theChecksSeeARequestAndAConsoleErrorWhenAPageHasThem() throws Exception {
        needBrowser();
        Path canary = Files.writeString(
                pages.resolve("canary.html"),
                "<!DOCTYPE html><html><head><title>canary"
                        + "</title></head><body><img src=\"missing-picture.png\" alt=\"\"><script>console.error(\"canary\")"
                        + "</script></body></html>");
        Observed seen = observe(canary);
        assertTrue(seen.requests().stream().anyMatch(r -> r.endsWith("/missing-picture.png")), seen.toString());
        assertTrue(seen.errors().stream().anyMatch(e -> e.contains("canary")), seen.toString());
    }

    /** The marker's drawn circle lies inside the quadrant of the type the scenario expects, or on its line. */
    private static void assertInExpectedQuadrant(JsonNode m) {
        markersChecked++;
        String id = m.get("id").asText();
        String expected = EXPECTED.get(id);
        double x = m.get("x").asDouble();
        double y = m.get("y").asDouble();
        double r = m.get("r").asDouble();
        String where = id + " in " + m.get("chart").asText() + " at " + x + "," + y + " r " + r;
        assertTrue(r > 3, "visible: " + where);
        if (Scenarios.QUADRANT.containsKey(expected)) {
            String[] poles = Scenarios.QUADRANT.get(expected);
            JsonNode q = m.get("quadrants").get(poles[0] + "/" + poles[1]);
            assertEquals(expected, q.get("type").asText(), "the quadrant is named " + expected);
            assertTrue(
                    x - r >= q.get("left").asDouble() - 0.5
                            && x + r <= q.get("right").asDouble() + 0.5
                            && y - r >= q.get("top").asDouble() - 0.5
                            && y + r <= q.get("bottom").asDouble() + 0.5,
                    "expected in the " + expected + " quadrant: " + where);
            return;
        }
        assertEquals("undetermined", expected, "only co-creation cases are plotted: " + where);
        double lineX = m.get("lineX").asDouble();
        double lineY = m.get("lineY").asDouble();
        boolean predictabilityOpen = m.get("predictability").asText().equals("undetermined");
        boolean centralOpen = m.get("central").asText().equals("undetermined");
        assertTrue(predictabilityOpen || centralOpen, "an undetermined case has an open axis: " + where);
        assertEquals(predictabilityOpen, Math.abs(y - lineY) <= r, "on the predictability line iff open: " + where);
        assertEquals(centralOpen, Math.abs(x - lineX) <= r, "on the central-actor line iff open: " + where);
        if (!predictabilityOpen) {
            assertEquals(m.get("predictability").asText().equals("predictable"), y < lineY, "side: " + where);
        }
        if (!centralOpen) {
            assertEquals(m.get("central").asText().equals("municipality"), x < lineX, "side: " + where);
        }
    }

    private static String script(String body) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(body));
    }

    private static void screenshot(Path page, String name) throws Exception {
        browser.get(page.toUri().toString());
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, Math.min(12000, height.intValue() + 40)));
        try {
            byte[] png = browser.getScreenshotAs(OutputType.BYTES);
            Files.write(shots.resolve(name), png);
            assertFalse(png.length < 1000, "a screenshot of " + page.getFileName());
            assertEquals((byte) 0x89, png[0], "a PNG");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }
}
