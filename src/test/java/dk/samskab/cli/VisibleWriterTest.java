package dk.samskab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text printed for a person shows invisible format characters by their codes: a bidi override (U+202E) in a case
 * would otherwise reverse the rest of a terminal line, and a zero-width space would hide in a name.
 */
class VisibleWriterTest {

    private static final String BIDI_CASE = """
            id: bidi
            title: "Høring \u202Eover\u202C lokalplan"
            case:
              actors:
                - { name: "Plan og Byg", kind: municipality }
                - { name: "Na\u200Bboer", kind: citizen-group }
            """;

    @TempDir
    Path temp;

    private static String shown(String text) {
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(new VisibleWriter(out))) {
            writer.print(text);
        }
        return out.toString();
    }

    @Test
    void bidiControlsZeroWidthSpacesAndTagCharactersAreShownByTheirCodes() {
        assertEquals("a<U+202E>b<U+2066>c<U+200B>d<U+FEFF>e<U+00AD>f", shown("a\u202Eb\u2066c\u200Bd\uFEFFe\u00ADf"));
        assertEquals("flag<U+E0067>", shown("flag" + new String(Character.toChars(0xE0067))));
    }

    @Test
    void visibleTextEmojiJoinersAndDanishLettersAreKeptAsTheyAre() {
        String family = "👨\u200D👩\u200D👧 æøå ÆØÅ 😀 tab\there";
        assertEquals(family, shown(family));
    }

    @Test
    void aBidiControlInANameQuotedByAnErrorReachesStandardErrorAsItsCode() throws Exception {
        Path file = Files.writeString(
                temp.resolve("bidi.yaml"),
                BIDI_CASE + "  perceived_types:\n    - { actor: \"Na\u202Eboer\", type: equal }\n");
        Run run = Run.of(
                "classify", file.toString(), "--rules", Project.rulesFolder().toString(), "--no-cache");
        assertEquals(ExitStatus.BAD_INPUT, run.status(), run.err());
        assertTrue(run.err().contains("Na<U+202E>boer"), run.err());
        assertFalse(run.err().contains("\u202E"), run.err());
    }

    /** A real terminal, made by script(1): what a user sees when classify prints to one. */
    @Test
    void aBidiControlInATitleReachesATerminalAsItsCodeButAFileGetsTheTitleAsWritten() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) makes the terminal");
        Path file = Files.writeString(temp.resolve("bidi.yaml"), BIDI_CASE);
        List<String> command = Run.javaCommand(
                List.of(),
                "classify",
                file.toString(),
                "--rules",
                Project.rulesFolder().toString(),
                "--no-cache");
        StringBuilder line = new StringBuilder();
        for (String word : command) {
            line.append('\'').append(word.replace("'", "'\\''")).append("' ");
        }
        Path typescript = temp.resolve("typescript");
        List<String> script =
                new ArrayList<>(List.of("/usr/bin/script", "-qec", line.toString(), typescript.toString()));
        Process process = new ProcessBuilder(script)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        byte[] printed = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        String terminal = new String(printed, StandardCharsets.UTF_8);
        assertTrue(terminal.contains("Høring <U+202E>over<U+202C> lokalplan"), terminal);
        assertFalse(terminal.contains("\u202E"), terminal);

        Run toAFile = Run.inNewJvm(
                List.of(),
                "classify",
                file.toString(),
                "--rules",
                Project.rulesFolder().toString(),
                "--no-cache");
        assertTrue(toAFile.out().contains("Høring \u202Eover\u202C lokalplan"), toAFile.out());
    }
}
