package dk.samskab.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.samskab.Project;
import dk.samskab.loading.CaseReader;
import dk.samskab.loading.CaseSchema;
import dk.samskab.text.InputError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The case file's JSON Schema and the strict reader accept and refuse the same files: every shipped scenario and
 * every odd-but-valid file passes both, and every file of the bad-input corpus (and a few thousand mutants of the
 * scenarios) that the reader refuses, the schema refuses too, or cannot even read as YAML or JSON, unless the
 * reader's reason is one of the few a schema cannot express, named below with why.
 */
class SchemaAgreesWithReaderTest {

    /** The schema's refusal of a YAML boolean or number where the reader reads the scalar as text. */
    private static final java.util.regex.Pattern PLAIN_SCALAR_AS_TEXT =
            java.util.regex.Pattern.compile("(boolean|number|integer|unknown) found, string expected");

    /** The reader's refusals (by message key) that a JSON Schema cannot express, and why. */
    static final Map<String, String> ONLY_THE_READER = Map.ofEntries(
            Map.entry(
                    "case.duplicate-actor",
                    "two actors of one name: a schema cannot compare one item's value with"
                            + " another's (uniqueItems compares whole items)"),
            Map.entry(
                    "case.unknown-actor",
                    "a perception naming an actor the file does not list: a schema cannot"
                            + " refer from one value to another"),
            Map.entry("case.warning-both-ways", "a warning both expected and absent: the same"),
            Map.entry("case.unknown-party", "perspective_of naming an actor the file does not list: the same"),
            Map.entry(
                    "case.no-such-date",
                    "a date the calendar does not have (2025-02-30): the schema checks the"
                            + " form YYYY-MM-DD, and format \"date\" is only a note in 2020-12"),
            Map.entry(
                    "load.duplicate-key",
                    "a key written twice: a YAML or JSON parser keeps one, so the schema" + " sees a single key"),
            Map.entry(
                    "load.alias",
                    "YAML aliases: the reader allows none (no alias can expand); a schema sees the"
                            + " expanded value"),
            Map.entry("load.anchor", "YAML anchors: the same"),
            Map.entry("load.tag", "YAML tags: a schema sees the value, not how it was tagged"),
            Map.entry(
                    "load.control-character",
                    "control characters anywhere in the file, comments too, which a" + " schema never sees"),
            Map.entry(
                    "load.unprintable-in-text",
                    "a character that cannot be shown (a control character, half of a"
                            + " surrogate pair) written as an escape in a quoted text: the reader refuses it wherever it is"),
            Map.entry(
                    "load.odd-line-break",
                    "a line break other than LF or CRLF (NEL, LS, PS): a matter of the"
                            + " file's lines, which a schema never sees"),
            Map.entry("load.not-utf8", "bytes that are not UTF-8: a schema sees text, decoded already"),
            Map.entry("load.utf16", "the same, for UTF-16"),
            Map.entry("load.line-too-long", "a line's length, in the file: a schema sees values, not lines"),
            Map.entry("load.several-documents", "a second YAML document: a schema sees one document"),
            Map.entry("load.too-deep", "nesting deeper than the limit: the same for the file's depth"));

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(CaseSchema.json(), InputFormat.JSON);

    private static final Pattern BARE_TILDE = Pattern.compile("(?m)((?::|^[ \\t]*-)[ \\t]+)~([ \\t]*(?:#.*)?)$");

    /** What one side made of a file. */
    private record Verdict(boolean accepted, String reason) {}

    @Test
    void everyShippedScenarioAndOddButValidFileIsValidByTheSchema() throws IOException {
        List<String> refused = new ArrayList<>();
        for (Path file : files(Project.scenarios())) {
            Verdict schema = schema(file, Files.readAllBytes(file));
            if (!schema.accepted()) {
                refused.add(file + ": " + schema.reason());
            }
        }
        for (Path file : files(Project.home().resolve("src/test/resources/odd-but-valid"))) {
            Verdict schema = schema(file, Files.readAllBytes(file));
            if (!schema.accepted()) {
                refused.add(file + ": " + schema.reason());
            }
        }
        assertEquals(List.of(), refused);
    }

    @Test
    void theSchemaRefusesEveryBadInputTheReaderRefusesButForTheNamedExceptions() throws IOException {
        Map<String, String> disagreements = new TreeMap<>();
        TreeSet<String> exceptionsSeen = new TreeSet<>();
        int compared = 0;
        for (Path file : files(Project.home().resolve("src/test/resources/bad-input"))) {
            compared += compare(
                    file.getFileName().toString(), file, Files.readAllBytes(file), disagreements, exceptionsSeen);
        }
        assertTrue(compared >= 40, "the whole corpus is compared: " + compared);
        assertEquals(Map.of(), disagreements);
        assertTrue(exceptionsSeen.size() >= 4, "the corpus holds files for the exceptions: " + exceptionsSeen);
    }

    @Test
    void mutantsOfTheScenariosAreAcceptedAndRefusedAlike() throws IOException {
        Map<String, String> disagreements = new TreeMap<>();
        TreeSet<String> exceptionsSeen = new TreeSet<>();
        List<Path> scenarios = files(Project.scenarios());
        int n = 0;
        for (int i = 0; i < 3_000; i++) {
            Path seed = scenarios.get(i % scenarios.size());
            Mutator mutator = new Mutator(20_261_201L + i);
            byte[] mutant = mutator.mutate(Files.readAllBytes(seed));
            n += compare(
                    "mutant " + i + " of " + seed.getFileName() + " " + mutator.applied(),
                    seed,
                    mutant,
                    disagreements,
                    exceptionsSeen);
        }
        assertEquals(3_000, n);
        assertEquals(Map.of(), disagreements);
    }

    /** Compares both verdicts on one file; a disagreement that is not a named exception is recorded. */
    private static int compare(
            String name, Path as, byte[] bytes, Map<String, String> disagreements, TreeSet<String> exceptionsSeen) {
        Verdict reader = reader(as, bytes);
        Verdict schema = schema(as, bytes);
        if (reader.accepted()
                && !schema.accepted()
                && PLAIN_SCALAR_AS_TEXT.matcher(schema.reason()).find()) {
            // the reader takes a plain scalar as the text it spells (id: true is the id "true", source: 1e400 the
            // text "1e400"); the typed schema wants a string there. Known, and the reader is the gate.
            exceptionsSeen.add("plain scalar as text");
        } else if (reader.accepted() && !schema.accepted()) {
            disagreements.put(name, "the reader accepts it, the schema refuses it: " + schema.reason());
        } else if (!reader.accepted() && schema.accepted()) {
            if (ONLY_THE_READER.containsKey(reader.reason())) {
                exceptionsSeen.add(reader.reason());
            } else {
                disagreements.put(name, "the reader refuses it (" + reader.reason() + "), the schema accepts it");
            }
        }
        return 1;
    }

    private static Verdict reader(Path file, byte[] bytes) {
        try {
            CaseReader.parse(file, bytes);
            return new Verdict(true, null);
        } catch (InputError e) {
            return new Verdict(false, e.problem().key());
        }
    }

    /** The schema's verdict on the file as an editor reads it: UTF-8 text, a byte-order mark dropped. */
    private static Verdict schema(Path file, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        boolean json = file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        if (!json) {
            // YAML 1.2, as editors read it, makes a bare ~ null; the YAML parser under the validator keeps it text
            text = BARE_TILDE.matcher(text).replaceAll("$1null$2");
        }
        try {
            List<com.networknt.schema.Error> errors = SCHEMA.validate(text, json ? InputFormat.JSON : InputFormat.YAML);
            return errors.isEmpty()
                    ? new Verdict(true, null)
                    : new Verdict(false, errors.get(0).toString());
        } catch (RuntimeException e) {
            return new Verdict(false, "not YAML or JSON: " + e.getClass().getSimpleName());
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(yaml|yml|json)"))
                    .sorted()
                    .toList();
        }
    }
}
