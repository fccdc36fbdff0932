package dk.samskab.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.engine.Engine;
import dk.samskab.loading.CaseReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every process in {@code scenarios/perspectives/} (a folder of the parties' own descriptions) is compared, and the
 * whole {@code compare --format json} must be the expected file in {@code src/test/resources/compare/} (the stamp's
 * version and rules hash aside). {@code -Dsamskab.regenerate-compare=true} writes the expected files anew: read
 * them before committing them.
 */
class PerspectivesTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path EXPECTED = Project.home().resolve("src/test/resources/compare");

    private static List<Path> processes() throws Exception {
        try (Stream<Path> folders = Files.list(Project.scenarios().resolve("perspectives"))) {
            return folders.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** The folder as a user names it from the repository's root, so that the report's file names do not vary. */
    private static String shown(Path folder) {
        return Project.home()
                .toAbsolutePath()
                .relativize(folder.toAbsolutePath())
                .toString();
    }

    private static JsonNode compare(Path folder, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("compare", shown(folder), "--format", "json"));
        args.addAll(List.of(more));
        Run run = Run.of(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        return JSON.readTree(run.out());
    }

    @TestFactory
    Stream<DynamicTest> eachProcessComparesAsItsExpectedFileSays() throws Exception {
        List<Path> processes = processes();
        assertTrue(processes.size() >= 2, "at least two processes: " + processes);
        boolean regenerate = Boolean.getBoolean("samskab.regenerate-compare");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path process : processes) {
            for (String lang : List.of("en", "da")) {
                String name = process.getFileName() + (lang.equals("en") ? "" : "." + lang) + ".json";
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    JsonNode actual = withoutVersions(compare(process, "--lang", lang));
                    String text = JSON.writeValueAsString(actual) + "\n";
                    Path expected = EXPECTED.resolve(name);
                    if (regenerate) {
                        Files.createDirectories(EXPECTED);
                        Files.writeString(expected, text, StandardCharsets.UTF_8);
                    }
                    assertTrue(Files.exists(expected), expected + " exists (-Dsamskab.regenerate-compare=true)");
                    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), text, name);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void eachPartyHasTheTypeClassifyGivesItsFileAndTheProcessesAreThreePartiesEach() throws Exception {
        Engine engine = new Engine(Project.rules());
        Set<Integer> typeCounts = new HashSet<>();
        for (Path process : processes()) {
            JsonNode report = compare(process);
            assertEquals(3, report.get("parties").size(), process.toString());
            Set<String> types = new HashSet<>();
            for (JsonNode party : report.get("parties")) {
                Path file = Project.home().resolve(party.get("file").asText());
                assertEquals(
                        engine.classify(CaseReader.read(file).facts()).type(),
                        party.get("type").asText(),
                        party.get("party").asText());
                types.add(party.get("type").asText());
            }
            typeCounts.add(types.size());
            if (types.size() == 1) {
                assertEquals(types.iterator().next(), report.get("agreed_type").asText());
                assertFalse(codes(report.get("warnings")).contains("diverging-understandings"));
            } else {
                assertTrue(report.get("agreed_type").isNull());
                assertEquals(List.of("diverging-understandings"), codes(report.get("warnings")));
                assertEquals(
                        "Parties whose own descriptions give different types describe different processes",
                        report.get("warnings")
                                .get(0)
                                .get("rules")
                                .get(0)
                                .get("rule")
                                .asText());
            }
        }
        assertTrue(typeCounts.containsAll(Set.of(1, 2)), "one process where all agree, one split across two types");
    }

    /**
     * The example: the parties agree on who identified the problem, who took the initiative and who carries
     * the main responsibility, and differ on whether the result is planned (the municipality and the parents yes,
     * the association no), on whether the citizen's wishes differ from the goals and on what the partners take
     * part in.
     */
    @Test
    void theArtificialTurfPitchDisagreesOnThePlannedResultAndThatMovesTheType() throws Exception {
        JsonNode report = compare(Project.scenarios().resolve("perspectives/kunstgraesbane"));
        assertTrue(report.get("agreed_type").isNull());
        JsonNode disagreements = report.get("disagreements");
        List<String> facts = new ArrayList<>();
        disagreements.forEach(d -> facts.add(d.get("fact").asText()));
        assertEquals("result_planned_in_advance", facts.get(0), "the disagreement that moves the type comes first");
        assertEquals(
                Set.of("result_planned_in_advance", "citizen_wishes_differ_from_goals", "partners_take_part_in"),
                new HashSet<>(facts));
        JsonNode planned = disagreements.get(0);
        assertTrue(planned.get("moves_type").asBoolean());
        assertTrue(planned.get("answers").get("Kultur og Fritid").asBoolean());
        assertTrue(planned.get("answers").get("Forældrerådet på Nordby Skole").asBoolean());
        assertFalse(planned.get("answers").get("Nordby Boldklub").asBoolean());
        JsonNode wishes = disagreements.get(facts.indexOf("citizen_wishes_differ_from_goals"));
        assertTrue(wishes.get("answers").get("Nordby Boldklub").isNull(), "a party that leaves a fact out: null");
        for (String shared : List.of("problem_identified_by", "initiative_from", "main_responsibility")) {
            assertFalse(facts.contains(shared), shared + " is shared, not a disagreement");
            assertTrue(report.get("common_ground").toString().contains("\"" + shared + "\""), shared);
        }
        assertEquals(
                "Agree first on whether the result is planned in advance: Kultur og Fritid says yes, "
                        + "Forældrerådet på Nordby Skole says yes, Nordby Boldklub says no.",
                report.get("agree_first_in_words").asText());
    }

    @Test
    void aProcessWhereAllAgreeListsNoFactThatMovesTheType() throws Exception {
        JsonNode report = compare(Project.scenarios().resolve("perspectives/faelleshave"));
        assertEquals("facilitating", report.get("agreed_type").asText());
        assertTrue(report.get("agree_first").isEmpty());
        assertEquals("", report.get("agree_first_in_words").asText());
        report.get("disagreements").forEach(d -> assertFalse(d.get("moves_type").asBoolean(), d.toString()));
        List<String> facts = new ArrayList<>();
        report.get("disagreements").forEach(d -> facts.add(d.get("fact").asText()));
        assertEquals(List.of("municipal_contribution", "safeguard_principles"), facts);
    }

    private static List<String> codes(JsonNode warnings) {
        List<String> codes = new ArrayList<>();
        warnings.forEach(w -> codes.add(w.get("code").asText()));
        return codes;
    }

    /** The stamp's samskab version and rules hash change with every release and rule edit: not part of the check. */
    private static JsonNode withoutVersions(JsonNode report) {
        ObjectNode stamp = (ObjectNode) report.get("stamp");
        for (Iterator<String> keys =
                        List.of("samskab", "drools", "rules_sha256").iterator();
                keys.hasNext(); ) {
            stamp.put(keys.next(), "(not compared)");
        }
        return report;
    }
}
