package dk.samskab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** The accessibility check itself: it finds a violation where there is one, and none on a plain page. */
class AxeTest {

    private static ChromeDriver browser;
    private static String skipped;
    private static Path pages;

    @BeforeAll
    static void start() throws Exception {
        skipped = Chromium.missing();
        if (skipped == null) {
            Path target = Project.home().resolve("target");
            pages = Files.createDirectories(target.resolve("axe-pages"));
            browser = Chromium.start(target);
        }
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anImageWithoutAlternativeTextIsAViolationEvenUnderAPolicyThatForbidsScripts() throws Exception {
        assumeTrue(skipped == null, skipped);
        browser.get(page("bad", "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>")
                .toUri()
                .toString());
        assertTrue(
                Axe.violations(browser).stream().anyMatch(v -> v.rule().equals("image-alt")),
                "axe should report the image without alt text");
    }

    @Test
    void aPlainPageHasNoViolations() throws Exception {
        assumeTrue(skipped == null, skipped);
        browser.get(page("good", "<main><h1>Samskabelse</h1><p>Æblerne er modne.</p></main>")
                .toUri()
                .toString());
        assertEquals(java.util.List.of(), Axe.violations(browser));
    }

    private static Path page(String name, String body) throws Exception {
        String html = "<!doctype html><html lang='da'><head><meta charset='utf-8'>"
                + "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; img-src data:\">"
                + "<title>" + name + "</title></head><body>" + body + "</body></html>";
        return Files.writeString(pages.resolve(name + ".html"), html);
    }
}
