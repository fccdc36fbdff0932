package dk.samskab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samskab.Axe;
import dk.samskab.Chromium;
import dk.samskab.Project;
import dk.samskab.explain.Explanation;
import dk.samskab.i18n.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * WCAG 2.1 AA for the one-case report and the many-case overview, in both languages, in a real browser: axe finds
 * no violation, and what axe leaves undecided is measured here — every link's focus outline has at least 3:1
 * against the page, the overview markers' numbers at least 4.5:1 against their dot, the overview chart is a group
 * of links and not an image holding them; at 390 px wide nothing scrolls sideways; in print nothing is cut off.
 */
class ReportAccessibilityTest {

    private static final List<String> ONE_CASE = List.of(
            "article/vores-rum.yaml",
            "article/lokalplan-hoering.yaml",
            "warnings/lige-mange-signaler.yaml",
            "definition/samarbejde-mellem-forvaltninger.yaml");

    private static ChromeDriver browser;
    private static String skipped;
    private static final Map<String, Path> PAGES = new LinkedHashMap<>();
    private static Path shots;

    @BeforeAll
    static void writePagesAndStartTheBrowser() throws Exception {
        skipped = Chromium.missing();
        if (skipped != null) {
            return;
        }
        Path target = Project.home().resolve("target");
        Path folder = Files.createDirectories(target.resolve("a11y-pages"));
        shots = Files.createDirectories(target.resolve("screenshots"));
        List<Explanation> all =
                Scenarios.files().stream().map(Scenarios::explain).toList();
        for (Lang lang : Lang.values()) {
            for (String relative : ONE_CASE) {
                String name = Path.of(relative).getFileName().toString().replace(".yaml", "") + "-" + lang.code();
                PAGES.put(name, write(folder, name, new HtmlReport(lang).render(List.of(Scenarios.explain(relative)))));
            }
            PAGES.put(
                    "overview-" + lang.code(),
                    write(folder, "overview-" + lang.code(), new HtmlReport(lang).render(all)));
        }
        browser = Chromium.start(target);
    }

    private static Path write(Path folder, String name, String html) throws Exception {
        return Files.writeString(folder.resolve(name + ".html"), html);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPageMeetsWcag21AaInTheBrowser() {
        assumeTrue(skipped == null, skipped);
        return PAGES.entrySet().stream()
                .map(page -> DynamicTest.dynamicTest(page.getKey(), () -> {
                    browser.manage().window().setSize(new Dimension(1280, 1000));
                    browser.get(page.getValue().toUri().toString());
                    assertEquals(List.of(), Axe.violations(browser), "axe on " + page.getKey());
                    assertEquals(List.of(), weakFocusOutlines(), "focus outlines on " + page.getKey());
                    if (page.getKey().startsWith("overview")) {
                        assertEquals(List.of(), weakMarkerNumbers(), "marker numbers on " + page.getKey());
                        assertNotEquals(
                                "img", script("return document.getElementById('overview-chart').getAttribute('role')"));
                        assertEquals("0", script("return String(document.querySelectorAll('[role=img] a').length)"));
                    }
                    screenshot(page.getKey() + "-1280.png");
                    browser.manage().window().setSize(new Dimension(390, 900));
                    String wide = script(
                            "return document.documentElement.scrollWidth + ' ' + document.documentElement.clientWidth");
                    String[] widths = wide.split(" ");
                    assertTrue(
                            Integer.parseInt(widths[0]) <= Integer.parseInt(widths[1]),
                            page.getKey() + " scrolls sideways at 390 px: " + wide + " " + widest());
                    screenshot(page.getKey() + "-390.png");
                    browser.manage().window().setSize(new Dimension(1280, 1000));
                    assertEquals("", PageMeasures.printedOverflow(browser), page.getKey() + " in print at A4 width");
                }));
    }

    /** Each link focused in turn: its outline's style, width and contrast against the page behind it. */
    private static List<String> weakFocusOutlines() {
        // A headless page need not have the window's focus (document.hasFocus() false), and then chromium matches no
        // :focus however a link is focused: the page is told to behave as the focused one, as it is for a reader.
        browser.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.<String, Object>of("enabled", true));
        List<String> weak = new ArrayList<>();
        String found = script("""
                const out = [];
                for (const a of document.querySelectorAll('a[href]')) {
                  a.focus();
                  const s = getComputedStyle(a);
                  out.push([a.getAttribute('href'), s.outlineStyle, s.outlineWidth, s.outlineColor].join('|'));
                }
                document.activeElement.blur();
                return out.join('\\n');""");
        for (String line : found.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\|");
            boolean visible = !f[1].equals("none") && Double.parseDouble(f[2].replace("px", "")) >= 2;
            if (!visible || Contrast.ratio(f[3], "rgb(255, 255, 255)") < 3) {
                weak.add(line);
            }
        }
        return weak;
    }

    /** Every numbered marker whose number has less than 4.5:1 against its dot. */
    private static List<String> weakMarkerNumbers() {
        List<String> weak = new ArrayList<>();
        String found = script("""
                const out = [];
                for (const g of document.querySelectorAll('#overview-chart g.marker')) {
                  const label = g.querySelector('.marker-label'), dot = g.querySelector('.marker-dot');
                  if (label) out.push([g.dataset.case, getComputedStyle(label).fill, getComputedStyle(dot).fill].join('|'));
                }
                return out.join('\\n');""");
        assertTrue(!found.isEmpty(), "the overview has numbered markers");
        for (String line : found.split("\n")) {
            String[] f = line.split("\\|");
            if (Contrast.ratio(f[1], f[2]) < 4.5) {
                weak.add(line + " " + String.format("%.2f", Contrast.ratio(f[1], f[2])));
            }
        }
        return weak;
    }

    private static String widest() {
        return script("""
                const w = document.documentElement.clientWidth, out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const b = e.getBoundingClientRect();
                  if (b.right > w + 1) out.push(e.tagName + '.' + e.className + ' ' + Math.round(b.right));
                }
                return out.slice(0, 8).join(', ');""");
    }

    private static String script(String body) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(body));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(shots.resolve("a11y-" + name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
