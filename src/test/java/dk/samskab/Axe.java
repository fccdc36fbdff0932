package dk.samskab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The WCAG 2.1 AA check of the page a browser shows: axe-core (vendored under {@code src/test/resources/axe}) run
 * with the tags wcag2a, wcag2aa, wcag21a and wcag21aa. The script is given to the page through the driver, which the
 * pages' content security policy does not govern, so the pages keep forbidding every script of their own.
 */
public final class Axe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = load();
    private static final String RUN = "const done = arguments[arguments.length - 1];"
            + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
            + " resultTypes: ['violations', 'incomplete']})"
            + ".then(r => done(JSON.stringify({violations: r.violations, incomplete: r.incomplete})))"
            + ".catch(e => done(JSON.stringify({error: String(e)})));";

    private Axe() {}

    /** One rule a page breaks: axe's rule id, its help text, and the HTML of (at most three of) the nodes. */
    public record Violation(String rule, String help, List<String> nodes) {
        @Override
        public String toString() {
            return rule + " (" + help + "): " + String.join(" | ", nodes);
        }
    }

    /** What axe found on the page the driver shows now. */
    public record Result(List<Violation> violations, List<Violation> undecided) {}

    /** Runs axe on the page the driver shows now. */
    public static Result check(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SOURCE);
        Object raw = js.executeAsyncScript(RUN);
        try {
            JsonNode result = JSON.readTree(String.valueOf(raw));
            if (result.has("error")) {
                throw new IllegalStateException(
                        "axe failed: " + result.get("error").asText());
            }
            return new Result(violations(result.get("violations")), violations(result.get("incomplete")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations on the page the driver shows now, each as one line; empty when there are none. */
    public static List<Violation> violations(WebDriver driver) {
        return check(driver).violations();
    }

    private static List<Violation> violations(JsonNode list) {
        List<Violation> found = new ArrayList<>();
        for (JsonNode v : list) {
            List<String> nodes = new ArrayList<>();
            for (JsonNode node : v.get("nodes")) {
                if (nodes.size() == 3) {
                    break;
                }
                nodes.add(node.get("html").asText());
            }
            found.add(new Violation(v.get("id").asText(), v.get("help").asText(), nodes));
        }
        return found;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from src/test/resources/axe");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
