package dk.samskab.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskab.Project;
import dk.samskab.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing gets in: a case's text is shown as written and never runs in a report, and rules come only from the
 * rules folder the user names, never from a case, its folder, the environment or the network.
 */
class NothingGetsInTest {

    private static final String RULES = Project.rulesFolder().toString();
    private static final String HOSTILE_TITLE = "<script>alert(1)</script> <img src=x onerror=alert(2)> "
            + "[link](javascript:alert(3)) ![img](http://x/y.png) `code` *bold* _em_ # heading | cell & &amp; \\";
    private static final String HOSTILE_ACTOR = "<b>Naboer</b> [x](http://evil)";

    @TempDir
    Path temp;

    private Path hostileCase() throws IOException {
        return Files.writeString(
                temp.resolve("hostile.yaml"),
                "id: hostile\n"
                        + "title: '" + HOSTILE_TITLE.replace("'", "''") + "'\n"
                        + "case:\n"
                        + "  actors:\n"
                        + "    - { name: Kommunen, kind: municipality }\n"
                        + "    - { name: '" + HOSTILE_ACTOR + "', kind: citizen-group }\n"
                        + "  hearing_on_finished_proposal: true\n"
                        + "  perceived_types:\n"
                        + "    - { actor: '" + HOSTILE_ACTOR + "', type: equal }\n");
    }

    @Test
    void markdownShowsEveryCaseTextAsWrittenWithNothingThatRendersAsMarkupOrHtml() throws IOException {
        Run run = Run.of("classify", hostileCase().toString(), "--rules", RULES, "--format", "markdown");
        assertEquals(0, run.status(), run.err());
        String md = run.out();
        for (String raw : List.of("<script", "<img", "<b>")) {
            assertFalse(md.contains(raw), "escaped: " + raw + "\n" + md);
        }
        assertFalse(
                Pattern.compile("(?<!\\\\)\\]\\((javascript|http)").matcher(md).find(), "no link\n" + md);
        assertFalse(Pattern.compile("(?<!\\\\)!\\[img").matcher(md).find(), "no image\n" + md);
        assertTrue(
                md.startsWith("# &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; "
                        + "\\[link\\](javascript:alert(3)) \\!\\[img\\](http://x/y.png) \\`code\\` \\*bold\\* \\_em\\_ "
                        + "\\# heading \\| cell &amp; &amp;amp; \\\\\n"),
                md);
        assertTrue(md.contains("- &lt;b&gt;Naboer&lt;/b&gt; \\[x\\](http://evil): "), md);
    }

    @Test
    void jsonCarriesEveryCaseTextExactlyAsWritten() throws IOException {
        Run run = Run.of("classify", hostileCase().toString(), "--rules", RULES, "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(HOSTILE_TITLE, report.get("title").asText());
    }

    @Test
    void variablesAndCommandsInACaseAreTextNeverExpandedOrRun() throws IOException {
        String text = "${HOME} $(id) `id` %PATH% ${env:SAMSKAB_RULES} #{rules} ${jndi:ldap://x/y}";
        Path file = Files.writeString(
                temp.resolve("variables.yaml"),
                "id: variables\ntitle: '" + text + "'\n"
                        + "case:\n  actors: [{name: K, kind: municipality}, {name: B, kind: citizen}]\n");
        Run run = Run.of("classify", file.toString(), "--rules", RULES, "--format", "json");
        assertEquals(0, run.status(), run.err());
        assertEquals(text, new ObjectMapper().readTree(run.out()).get("title").asText());
    }

    @Test
    void aTerminalEscapeInACaseNeverReachesAnyOutput() throws IOException {
        Path file = Files.writeString(
                temp.resolve("escape.yaml"),
                "id: escape\ntitle: \"\\e]0;pwned\\a\\e[2J\"\n"
                        + "case:\n  actors: [{name: K, kind: municipality}, {name: B, kind: citizen}]\n");
        for (String format : List.of("text", "json", "markdown")) {
            Run run = Run.of("classify", file.toString(), "--rules", RULES, "--format", format);
            assertEquals(2, run.status(), format);
            assertEquals(
                    List.of(file + ":2:8: a text holds the control character U+001B (written as an escape); "
                            + "a case file holds plain text"),
                    run.errorLines());
            assertFalse((run.out() + run.err()).contains("\u001b"), format);
        }
    }

    @Test
    void aCaseCannotNameRulesAndRuleFilesBesideACaseAreNeverRead() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("cases"));
        String hijack = """
                package samskab;
                import dk.samskab.model.*;
                rule "Hijacked"
                when
                    Case()
                then
                    throw new IllegalStateException( "a rule from beside the case ran" );
                end
                """;
        Files.writeString(folder.resolve("hijack.drl"), hijack);
        Files.createDirectories(folder.resolve("rules"));
        Files.writeString(folder.resolve("rules/hijack.drl"), hijack);
        Path good = Files.copy(Project.scenarios().resolve("article/vores-rum.yaml"), folder.resolve("case.yaml"));
        Run run = Run.of("classify", good.toString(), "--rules", RULES);
        assertEquals(0, run.status(), run.err());
        Run replay = Run.of("replay", folder.toString(), "--rules", RULES);
        assertEquals(0, replay.status(), replay.out());
        assertFalse(replay.out().contains("Hijacked"), replay.out());

        Path naming = Files.writeString(
                folder.resolve("names-rules.yaml"),
                Files.readString(good).replace("id: vores-rum", "id: vores-rum\nrules: " + folder.resolve("rules")));
        Run refused = Run.of("classify", naming.toString(), "--rules", RULES);
        assertEquals(List.of(naming + ":3:1: unknown key \"rules\""), refused.errorLines());
    }

    /**
     * The code itself has no door through which rules or settings could come from elsewhere: it reads no
     * environment variable, opens no URL or socket, loads no rule resource from the class path or a URL, and starts
     * no program but git for {@code replay --baseline git:REV}. The rule-base cache is the one named exception, and
     * only for what it needs: it reads the cache's location ({@code SAMSKAB_CACHE}, {@code XDG_CACHE_HOME}), loads
     * the executable model it compiled from the user's own rules with a class loader over a local jar, and starts
     * samskab itself in the background to build the cache and the start-up archive. The interview server opens a
     * socket to serve its pages (on this computer unless told otherwise) and decodes form data; nothing it receives
     * is ever taken for rules.
     */
    /** The interview server's own files: the only ones that may listen on a socket. */
    private static final Set<String> SERVING = Set.of(
            "SamskabServer.java",
            "Front.java",
            "HeaderDeadline.java",
            "InterviewHandler.java",
            "RateLimit.java",
            "ServeCommand.java",
            "Serving.java",
            "FormData.java");

    @Test
    void theMainCodeReadsNoEnvironmentVariableOpensNoNetworkAndLoadsNoOtherRules() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Project.home().resolve("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                String file = source.getFileName().toString();
                for (String door : List.of(
                        "System.getenv",
                        "java.net.",
                        "Socket",
                        "URLConnection",
                        "newUrlResource",
                        "newClassPathResource",
                        "newFileResource",
                        "KieScanner",
                        "ReleaseId",
                        "KieContainer",
                        "ScriptEngine",
                        "Runtime.getRuntime().exec",
                        "com.sun.net.httpserver",
                        "org.eclipse.jetty")) {
                    boolean cacheNeedsIt = (file.equals("RuleCache.java") && door.equals("System.getenv"))
                            || (file.equals("ExecutableModel.java") && door.equals("java.net."));
                    boolean interviewServes =
                            (SERVING.contains(file) && (door.equals("java.net.") || door.equals("Socket")))
                                    || (door.equals("org.eclipse.jetty")
                                            && source.getParent().endsWith(Path.of("dk/samskab/serve")));
                    if (text.contains(door) && !cacheNeedsIt && !interviewServes) {
                        findings.add(Project.home().relativize(source) + ": " + door);
                    }
                }
                if (text.contains("new ProcessBuilder")
                        && !List.of("Baseline.java", "Detached.java").contains(file)) {
                    findings.add(Project.home().relativize(source) + ": starts a program");
                }
            }
        }
        assertEquals(List.of(), findings);
    }
}
