package dk.samskab.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.engine.Engine;
import dk.samskab.i18n.Lang;
import dk.samskab.text.InputError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each parser limit holds exactly: a file at the limit is read, one step over it is one clear error. */
class LimitsTest {

    private static final String RULES = Project.rulesFolder().toString();
    private static final String CASE = """
            id: limits
            title: t
            case:
              actors:
                - { name: Kommunen, kind: municipality }
                - { name: Borgerne, kind: citizen-group }
              result_planned_in_advance: true
            """;

    @TempDir
    Path temp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The time limit catches a reader that hangs or expands without end, not a slow machine: it is generous. */
    private static Run classify(Path file) {
        return assertTimeoutPreemptively(
                Duration.ofSeconds(180),
                () -> Run.of("classify", file.toString(), "--rules", RULES, "--format", "json"));
    }

    private static void assertClassified(Run run) {
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
    }

    private static String oneError(Run run) {
        assertEquals(2, run.status(), run.out());
        assertEquals(1, run.errorLines().size(), run.err());
        return run.errorLines().get(0);
    }

    @Test
    void aFileOfExactlyTheSizeLimitIsReadAndOneByteMoreIsRefused() throws IOException {
        StringBuilder comments = new StringBuilder();
        while (CASE.length() + comments.length() + 100 < Limits.MAX_DOCUMENT_BYTES) {
            comments.append("# ").append("x".repeat(97)).append('\n');
        }
        String padding =
                comments + "#" + "x".repeat(Limits.MAX_DOCUMENT_BYTES - CASE.length() - comments.length() - 2) + "\n";
        Path atLimit = write("at-limit.yaml", CASE + padding);
        assertEquals(Limits.MAX_DOCUMENT_BYTES, Files.size(atLimit));
        assertClassified(classify(atLimit));

        Path over = write("over.yaml", CASE + "x" + padding);
        assertEquals(Limits.MAX_DOCUMENT_BYTES + 1, Files.size(over));
        assertEquals(over + ": larger than 1,024 KiB; a case file is far smaller", oneError(classify(over)));
    }

    @Test
    void aYamlLineOfExactlyTheLineLimitIsReadAndOneCharacterMoreIsRefusedButJsonMayBeOneLine() throws IOException {
        Path atLimit = write("at-limit.yaml", CASE + "#" + "ø".repeat(Limits.MAX_LINE_LENGTH - 1) + "\n");
        assertClassified(classify(atLimit));

        Path over = write("over.yaml", CASE + "#" + "ø".repeat(Limits.MAX_LINE_LENGTH) + "\n");
        assertEquals(
                over + ":8:66561: a line longer than 66,560 characters; break the text over several lines",
                oneError(classify(over)));

        Path oneLine = write(
                "one-line.json",
                "{\"id\": \"one-line\", \"title\": \"" + "ø".repeat(Limits.MAX_STRING_LENGTH)
                        + "\", \"description\": \"" + "x".repeat(Limits.MAX_STRING_LENGTH)
                        + "\", \"case\": {\"actors\": "
                        + "[{\"name\": \"K\", \"kind\": \"municipality\"}, {\"name\": \"B\", \"kind\": \"citizen\"}]}}");
        assertClassified(classify(oneLine));
    }

    @Test
    void nestingAtTheDepthLimitIsParsedAndOneLevelDeeperIsRefused() throws InputError {
        int lists = Limits.MAX_NESTING_DEPTH - 1;
        Node atLimit = NodeParser.parse(Path.of("d.yaml"), "a: " + "[".repeat(lists) + "]".repeat(lists), false);
        assertInstanceOf(Node.MapNode.class, atLimit);
        InputError over = assertThrows(
                InputError.class,
                () -> NodeParser.parse(
                        Path.of("d.yaml"), "a: " + "[".repeat(lists + 1) + "]".repeat(lists + 1), false));
        assertEquals("d.yaml:1:23: nested more than 20 levels deep; a case needs 4", over.render(Lang.EN));
        InputError json = assertThrows(
                InputError.class,
                () -> NodeParser.parse(
                        Path.of("d.json"), "{\"a\": " + "[".repeat(lists + 1) + "]".repeat(lists + 1) + "}", true));
        assertEquals("d.json:1:26: nested more than 20 levels deep; a case needs 4", json.render(Lang.EN));
    }

    @Test
    void nineteenListsAroundAValueAreTwentyLevelsAndAccepted() throws InputError {
        int lists = Limits.MAX_NESTING_DEPTH - 1;
        String yaml = "a: " + "[".repeat(lists) + "v" + "]".repeat(lists);
        assertInstanceOf(Node.MapNode.class, NodeParser.parse(Path.of("d.yaml"), yaml, false));
        String json = "{\"a\": " + "[".repeat(lists) + "1" + "]".repeat(lists) + "}";
        assertInstanceOf(Node.MapNode.class, NodeParser.parse(Path.of("d.json"), json, true));
    }

    @Test
    void aTextOfExactlyTheStringLimitIsReadAndOneCharacterMoreIsRefused() throws IOException {
        Path atLimit =
                write("at-limit.yaml", CASE.replace("title: t", "title: " + "ø".repeat(Limits.MAX_STRING_LENGTH)));
        assertClassified(classify(atLimit));

        Path over = write("over.yaml", CASE.replace("title: t", "title: " + "ø".repeat(Limits.MAX_STRING_LENGTH + 1)));
        assertEquals(over + ":2:8: a text longer than 65,536 characters", oneError(classify(over)));
    }

    @Test
    void theStringLimitCountsCharactersNotUtf16UnitsAndHoldsForKeysToo() throws InputError {
        String emoji = "😀".repeat(Limits.MAX_STRING_LENGTH);
        Node.MapNode read = (Node.MapNode) NodeParser.parse(Path.of("e.yaml"), "title: " + emoji, false);
        assertEquals(emoji, ((Node.ScalarNode) read.entries().get("title").value()).text());
        InputError key = assertThrows(
                InputError.class,
                () -> NodeParser.parse(Path.of("k.yaml"), "x".repeat(Limits.MAX_STRING_LENGTH + 1) + ": 1", false));
        assertEquals("k.yaml:1:1: a text longer than 65,536 characters", key.render(Lang.EN));
    }

    @Test
    void noAliasOrAnchorIsAllowedSoNoneCanExpand() throws IOException {
        assertEquals(0, Limits.MAX_ALIASES);
        assertClassified(classify(write("none.yaml", CASE)));

        Path alias =
                write("alias.yaml", CASE.replace("result_planned_in_advance: true", "result_planned_in_advance: *yes"));
        assertEquals(
                alias + ":7:30: YAML aliases (*yes) are not allowed in case files; write the value out",
                oneError(classify(alias)));
        Path anchor = write(
                "anchor.yaml", CASE.replace("result_planned_in_advance: true", "result_planned_in_advance: &yes true"));
        assertEquals(
                anchor + ":7:30: YAML anchors (&yes) are not allowed in case files; write the value out",
                oneError(classify(anchor)));
    }

    @Test
    void aListOfExactlyTheItemLimitIsReadAndOneItemMoreIsRefused() throws IOException {
        Path atLimit = write("at-limit.yaml", withActors(Limits.MAX_LIST_ITEMS));
        assertClassified(classify(atLimit));

        Path over = write("over.yaml", withActors(Limits.MAX_LIST_ITEMS + 1));
        int lineOfTheExtraActor = 4 + Limits.MAX_LIST_ITEMS + 1;
        assertEquals(
                over + ":" + lineOfTheExtraActor + ":7: a list of more than 100 items; a case needs far fewer",
                oneError(classify(over)));
    }

    /** A case with {@code count} actors, the first the municipality, each with a perceived type. */
    private static String withActors(int count) {
        StringBuilder text = new StringBuilder("id: many\ntitle: t\ncase:\n  actors:\n");
        text.append("    - { name: Kommunen, kind: municipality }\n");
        for (int i = 1; i < count; i++) {
            text.append("    - { name: Borger ").append(i).append(", kind: citizen }\n");
        }
        text.append("  perceived_types:\n");
        List<String> types = List.of("steered", "equal", "facilitating", "responsibilising");
        for (int i = 1; i < Math.min(count, Limits.MAX_LIST_ITEMS + 1); i++) {
            text.append("    - { actor: Borger ")
                    .append(i)
                    .append(", type: ")
                    .append(types.get(i % 4))
                    .append(" }\n");
        }
        return text.toString();
    }

    @Test
    void everyLimitIsWrittenInTheRobustnessNotesWithItsValue() throws IOException {
        String notes = Files.readString(Project.home().resolve("docs/robustness.md"));
        for (String value : List.of(
                "1 MiB",
                String.format(Locale.ROOT, "%,d", Limits.MAX_DOCUMENT_BYTES),
                String.format(Locale.ROOT, "%,d", Limits.MAX_LINE_LENGTH),
                "| " + Limits.MAX_NESTING_DEPTH + " ",
                String.format(Locale.ROOT, "%,d", Limits.MAX_STRING_LENGTH),
                "| " + Limits.MAX_LIST_ITEMS + " ",
                "| " + Limits.MAX_ALIASES + " ",
                String.format(Locale.ROOT, "%,d", Engine.FIRING_LIMIT))) {
            assertTrue(notes.contains(value), "docs/robustness.md gives the limit " + value);
        }
    }
}
