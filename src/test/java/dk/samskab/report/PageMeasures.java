package dk.samskab.report;

import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/** What the report pages' browser tests measure alike: reaching past an A4 page in print, sideways scroll. */
final class PageMeasures {

    /** The elements whose edges a printed page must hold: every report's, and the comparison's lists and steps. */
    private static final String BLOCKS = "svg, table, figure, .steps, .warnings, ul";

    private PageMeasures() {}

    /** In print media at A4's width less the margins, what reaches past the page (empty when nothing does). */
    static String printedOverflow(ChromeDriver browser) {
        int a4 = (int) Math.floor((210 - 24) / 25.4 * 96);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.<String, Object>of("media", "print"));
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.<String, Object>of("width", a4, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        try {
            return String.valueOf(browser.executeScript("""
                    const w = document.documentElement.clientWidth, out = [];
                    if (document.documentElement.scrollWidth > w + 1) out.push('page ' + document.documentElement.scrollWidth);
                    for (const e of document.querySelectorAll(arguments[0])) {
                      const b = e.getBoundingClientRect();
                      if (b.left < -0.5 || b.right > w + 0.5) out.push(e.tagName + '.' + e.getAttribute('class'));
                    }
                    return out.join(', ');""", BLOCKS));
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.<String, Object>of());
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.<String, Object>of("media", ""));
        }
    }

    /** At 390 px wide, the page's scroll width and window width, or empty when nothing scrolls sideways. */
    static String sidewaysAt390(ChromeDriver browser) {
        browser.manage().window().setSize(new Dimension(390, 900));
        String wide = String.valueOf(browser.executeScript(
                "return document.documentElement.scrollWidth + ' ' + document.documentElement.clientWidth"));
        String[] widths = wide.split(" ");
        return Integer.parseInt(widths[0]) <= Integer.parseInt(widths[1]) ? "" : wide;
    }
}
