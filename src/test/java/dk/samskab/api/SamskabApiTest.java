package dk.samskab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samskab.Project;
import dk.samskab.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API as a host program uses it: load once, classify from any thread, a bad case as one exception. */
class SamskabApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aCaseIsClassifiedAsTheCommandLineClassifiesIt() throws Exception {
        Samskab samskab = Samskab.load(Project.rulesFolder());
        Path file = Project.scenarios().resolve("article/lokalplan-hoering.yaml");
        Report report =
                samskab.classify(Files.readString(file), file.getFileName().toString());

        ObjectNode cli = (ObjectNode) JSON.readTree(Run.of(
                        "classify",
                        file.toString(),
                        "--format",
                        "json",
                        "--rules",
                        Project.rulesFolder().toString())
                .out());
        cli.remove("file");
        assertEquals(cli, JSON.readTree(report.json()));
        assertEquals(cli.get("type").asText(), report.type());
        assertEquals(cli.get("employee_role").asText(), report.employeeRole().orElseThrow());
        List<String> citizens = new ArrayList<>();
        cli.get("citizen_roles").forEach(r -> citizens.add(r.asText()));
        assertEquals(citizens, report.citizenRoles());
        List<String> warnings = new ArrayList<>();
        cli.get("warnings").forEach(w -> warnings.add(w.get("code").asText()));
        assertEquals(
                warnings, report.warnings().stream().map(Report.Warning::code).toList());
        assertTrue(report.warnings().stream().allMatch(w -> !w.message().isBlank()));
    }

    @Test
    void aBadCaseIsOneCheckedExceptionWithMessageLineAndColumn() throws Exception {
        Samskab samskab = Samskab.load(Project.rulesFolder());
        CaseException e = assertThrows(
                CaseException.class,
                () -> samskab.classify(
                        "id: x\ntitle: X\ncase:\n  actors: [{name: A, kind: municipality}]\n  decision_mandate: maybe\n",
                        "portal-case.yaml"));
        assertEquals(5, e.line());
        assertEquals(21, e.column());
        assertTrue(e.getMessage().startsWith("portal-case.yaml:5:21: "), e.getMessage());
        assertTrue(e.problem().contains("maybe"), e.problem());
        assertTrue(!e.unreadable());
        CaseException unreadable = assertThrows(CaseException.class, () -> samskab.classify("{\"id\": ", "case.json"));
        assertTrue(unreadable.unreadable());
        CaseException danish = assertThrows(
                CaseException.class, () -> samskab.inLanguage("da").classify("id: x\ntitle: X\n", "c.yaml"));
        assertTrue(danish.problem().contains("mangler"), danish.problem());
    }

    @Test
    void rulesThatDoNotCompileAreRefusedWhenLoaded() throws Exception {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "rule \"x\" when then nonsense(; end\n");
        RulesException e = assertThrows(RulesException.class, () -> Samskab.load(rules));
        assertTrue(e.problems().get(0).contains("broken.drl"), e.problems().toString());
    }

    @Test
    void oneInstanceServesManyThreadsAtOnce() throws Exception {
        Samskab samskab = Samskab.load(Project.rulesFolder());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Project.scenarios())) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<String> alone = new ArrayList<>();
        for (Path file : files) {
            alone.add(samskab.classify(Files.readString(file), file.toString()).json());
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> together = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path file : files) {
                    together.add(threads.submit(() -> samskab.classify(Files.readString(file), file.toString())
                            .json()));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertEquals(alone.get(i % files.size()), together.get(i).get());
            }
        } finally {
            threads.shutdownNow();
        }
        JsonNode stamp = JSON.readTree(alone.get(0)).get("stamp");
        assertEquals(
                samskab.rulesVersion(), "sha256:" + stamp.get("rules_sha256").asText());
    }
}
