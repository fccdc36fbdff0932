package dk.samskab.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.engine.Engine;
import dk.samskab.engine.Outcome;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import dk.samskab.model.Codes;
import dk.samskab.replay.Comparison;
import dk.samskab.replay.Difference;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario in {@code scenarios/} is a test: it must classify exactly as its whole {@code expect:} block says. */
class ScenariosTest {

    // No test source URI on the dynamic tests: Surefire 3.5.3 silently skips dynamic tests whose source is a file URI.
    @TestFactory
    Stream<DynamicTest> everyScenarioClassifiesAsItsExpectBlockSays() throws Exception {
        Engine engine = new Engine(Project.rules());
        List<Path> files = CaseFiles.below(Project.scenarios());
        assertFalse(files.isEmpty(), "scenarios/ holds scenarios");
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(
                        Project.scenarios().relativize(file).toString(), () -> {
                            CaseFile scenario = CaseReader.read(file);
                            assertNotNull(scenario.expect(), "a scenario has an expect: block");
                            Outcome outcome = engine.classify(scenario.facts());
                            List<Difference> differences = Comparison.compare(scenario.expect(), outcome);
                            assertEquals(List.of(), differences, scenario.id());
                        }));
    }

    @Test
    void everyTypeAndEveryWarningCodeHasAScenarioThatExpectsIt() throws Exception {
        Set<String> types = new HashSet<>();
        Set<String> warnings = new HashSet<>();
        Set<String> citizenRoles = new HashSet<>();
        for (Path file : CaseFiles.below(Project.scenarios())) {
            CaseFile scenario = CaseReader.read(file);
            types.add(scenario.expect().type());
            warnings.addAll(scenario.expect().warnings());
            if (scenario.expect().citizenRoles() != null) {
                citizenRoles.addAll(scenario.expect().citizenRoles());
            }
        }
        assertTrue(types.containsAll(Codes.TYPES), "types without a scenario: " + missing(Codes.TYPES, types));
        assertTrue(
                warnings.containsAll(Codes.WARNINGS),
                "warnings without a scenario: " + missing(Codes.WARNINGS, warnings));
        assertTrue(
                citizenRoles.containsAll(Codes.CITIZEN_ROLES),
                "citizen roles without a scenario: " + missing(Codes.CITIZEN_ROLES, citizenRoles));
    }

    @Test
    void scenarioIdsAreUniqueAcrossTheFolder() throws Exception {
        Set<String> ids = new HashSet<>();
        for (Path file : CaseFiles.below(Project.scenarios())) {
            String id = CaseReader.read(file).id();
            assertTrue(ids.add(id), "duplicate id " + id + " in " + file);
        }
    }

    private static List<String> missing(List<String> all, Set<String> seen) {
        return all.stream().filter(code -> !seen.contains(code)).toList();
    }
}
