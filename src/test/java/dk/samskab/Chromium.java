package dk.samskab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver, for the browser tests: where the binaries are
 * (system properties {@code samskab.chromium} and {@code samskab.chromedriver} name others), one session with the
 * console and network logs on, and what those logs saw. A test without a browser is skipped with {@link #missing()}.
 */
public final class Chromium {

    private static final List<String> BROWSERS =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Chromium() {}

    /** Why no browser can run here, or {@code null} when one can. */
    public static String missing() {
        String chromium = firstExisting(BROWSERS, "samskab.chromium");
        String chromedriver = firstExisting(DRIVERS, "samskab.chromedriver");
        if (chromium != null && chromedriver != null) {
            return null;
        }
        String why = "no "
                + (chromium == null ? "chromium (looked at " + candidates(BROWSERS, "samskab.chromium") + ")" : "")
                + (chromium == null && chromedriver == null ? " and no " : "")
                + (chromedriver == null
                        ? "chromedriver (looked at " + candidates(DRIVERS, "samskab.chromedriver") + ")"
                        : "")
                + ". Install Debian's chromium and chromium-driver (.ci/run does) to run it.";
        if (System.getenv("SAMSKAB_REQUIRE_BROWSER") != null) {
            // .ci/run installed a browser: a test that cannot find it must fail, not pass as skipped
            throw new IllegalStateException("SAMSKAB_REQUIRE_BROWSER is set, but " + why);
        }
        return "Browser test skipped: " + why;
    }

    /** A headless session logging the console and the network, with its profile in a new folder below {@code target}. */
    public static ChromeDriver start(Path target) throws IOException {
        Path profile = Files.createTempDirectory(Files.createDirectories(target), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(firstExisting(BROWSERS, "samskab.chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        Path.of(firstExisting(DRIVERS, "samskab.chromedriver")).toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // A headless window on a busy machine may not be the focused one; :focus then matches nothing and a focus
        // outline cannot be measured. Emulated focus makes the page behave as the focused window always.
        browser.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.<String, Object>of("enabled", true));
        browser.get("about:blank");
        clearLogs(browser);
        return browser;
    }

    /** Forgets what the logs hold so far, so that the next reads see only what follows. */
    public static void clearLogs(ChromeDriver browser) {
        browser.manage().logs().get(LogType.BROWSER);
        browser.manage().logs().get(LogType.PERFORMANCE);
    }

    /** The console errors since the logs were last read. */
    public static List<String> consoleErrors(ChromeDriver browser) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /**
     * Every address asked for since the logs were last read, in order. The browser's own pages (its new-tab page
     * and favicon service, on {@code chrome://}) are left out: no web page can ask for those.
     */
    public static List<String> requests(ChromeDriver browser) throws IOException {
        List<String> requests = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                String url = message.path("params").path("request").path("url").asText();
                if (!url.startsWith("chrome://") && !url.startsWith("chrome-untrusted://")) {
                    requests.add(url);
                }
            }
        }
        return requests;
    }

    /** The first executable candidate; a system property of that name, when set, is the only candidate. */
    private static String firstExisting(List<String> candidates, String property) {
        return candidates(candidates, property).stream()
                .filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst()
                .orElse(null);
    }

    private static List<String> candidates(List<String> candidates, String property) {
        return System.getProperty(property) != null ? List.of(System.getProperty(property)) : candidates;
    }
}
