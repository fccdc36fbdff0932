package dk.samskab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samskab.Axe;
import dk.samskab.Chromium;
import dk.samskab.Project;
import dk.samskab.Run;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * WCAG 2.1 AA for the comparison's HTML page, in both languages, in a real browser: axe finds no violation, the
 * markers' numbers have at least 4.5:1 against their dots, nothing scrolls sideways at 390 px, and in print at A4's
 * width nothing reaches past the page.
 */
class ComparisonAccessibilityTest {

    private static ChromeDriver browser;
    private static String skipped;
    private static final Map<String, Path> PAGES = new LinkedHashMap<>();

    @BeforeAll
    static void writePagesAndStartTheBrowser() throws Exception {
        skipped = Chromium.missing();
        if (skipped != null) {
            return;
        }
        Path target = Project.home().resolve("target");
        Path folder = Files.createDirectories(target.resolve("a11y-pages"));
        for (String process : List.of("kunstgraesbane", "faelleshave")) {
            for (String lang : List.of("en", "da")) {
                Run run = Run.of(
                        "compare",
                        Project.scenarios().resolve("perspectives/" + process).toString(),
                        "--format",
                        "html",
                        "--lang",
                        lang);
                assertEquals(0, run.status(), run.err());
                String name = "compare-" + process + "-" + lang;
                PAGES.put(name, Files.writeString(folder.resolve(name + ".html"), run.out()));
            }
        }
        browser = Chromium.start(target);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @TestFactory
    Stream<DynamicTest> theComparisonPageMeetsWcag21AaInBothLanguagesAndPrintsOnA4() {
        assumeTrue(skipped == null, skipped);
        return PAGES.entrySet().stream()
                .map(page -> DynamicTest.dynamicTest(page.getKey(), () -> {
                    browser.manage().window().setSize(new Dimension(1280, 1000));
                    browser.get(page.getValue().toUri().toString());
                    assertEquals(List.of(), Axe.violations(browser), "axe on " + page.getKey());
                    String numbers = script("""
                            const out = [];
                            for (const g of document.querySelectorAll('#compare-chart g.marker')) {
                              const label = g.querySelector('.marker-label'), dot = g.querySelector('.marker-dot');
                              out.push(getComputedStyle(label).fill + '|' + getComputedStyle(dot).fill);
                            }
                            return out.join('\\n');""");
                    assertEquals(3, numbers.lines().count(), numbers);
                    numbers.lines().forEach(line -> {
                        String[] f = line.split("\\|");
                        assertTrue(Contrast.ratio(f[0], f[1]) >= 4.5, line);
                    });
                    assertEquals(
                            "", PageMeasures.sidewaysAt390(browser), page.getKey() + " scrolls sideways at 390 px");
                    browser.manage().window().setSize(new Dimension(1280, 1000));
                    assertEquals("", PageMeasures.printedOverflow(browser), page.getKey() + " in print at A4 width");
                }));
    }

    private static String script(String body) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(body));
    }
}
