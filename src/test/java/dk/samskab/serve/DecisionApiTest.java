package dk.samskab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.i18n.Lang;
import dk.samskab.loading.CaseReader;
import dk.samskab.text.InputError;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The decision API as a program meets it: a case in, the same JSON report as {@code classify --format json} out
 * (without {@code file}); a bad case refused with the reader's own message, line and column; the schema, the health
 * and the header that names the rules on every answer; and many requests at once on one rule base.
 */
class DecisionApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULES = Project.rulesFolder().toString();
    private static final ServeLimits FAST = new ServeLimits(64 * 1024, 16 * 1024, 1_000, 1_000, 4);

    private static SamskabServer server;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = SamskabServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                LiveRules.fixed(Project.rules()),
                Lang.EN,
                FAST,
                null);
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioGivesTheJsonOfClassifyWithoutFile() throws Exception {
        List<Path> files = new ArrayList<>(scenarios());
        files.add(Project.home().resolve("src/test/resources/odd-but-valid/json-scenario.json"));
        files.add(Project.home().resolve("src/test/resources/odd-but-valid/emoji-and-danish-letters.yaml"));
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    Run cli = Run.of("classify", file.toString(), "--format", "json", "--rules", RULES);
                    assertEquals(0, cli.status(), cli.err());
                    ObjectNode expected = (ObjectNode) JSON.readTree(cli.out());
                    expected.remove("file");

                    HttpResponse<String> answer = http.post("/api/v1/classify", typeOf(file), Files.readAllBytes(file));

                    assertEquals(200, answer.statusCode(), answer.body());
                    assertTrue(answer.headers()
                            .firstValue("Content-Type")
                            .orElseThrow()
                            .startsWith("application/json"));
                    assertEquals(expected, JSON.readTree(answer.body()));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRefusedWithTheReadersMessageLineAndColumn() throws Exception {
        List<Path> bad;
        try (Stream<Path> walk = Files.list(Project.home().resolve("src/test/resources/bad-input"))) {
            bad = walk.filter(p -> p.toString().matches(".*\\.(yaml|json)"))
                    .sorted()
                    .toList();
        }
        assertTrue(bad.size() >= 40, "the corpus: " + bad.size());
        return bad.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    byte[] bytes = Files.readAllBytes(file);
                    InputError error = refusal(file, bytes);

                    HttpResponse<String> answer = http.post("/api/v1/classify", typeOf(file), bytes);

                    assertEquals(
                            error.problem().key().startsWith("load.") ? 400 : 422, answer.statusCode(), answer.body());
                    JsonNode body = JSON.readTree(answer.body()).get("error");
                    assertEquals(
                            error.problem().render(Lang.EN), body.get("message").asText());
                    assertEquals(error.at() == null ? null : error.at().line(), number(body.get("line")));
                    assertEquals(error.at() == null ? null : error.at().column(), number(body.get("column")));
                }));
    }

    @Test
    void theErrorMessageIsInTheLanguageAsked() throws Exception {
        HttpResponse<String> answer = http.post(
                "/api/v1/classify?lang=da",
                "application/yaml",
                "id: x\ntitle: X\ncase:\n  actors: []\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(422, answer.statusCode());
        JsonNode error = JSON.readTree(answer.body()).get("error");
        assertEquals(4, error.get("line").asInt());
        assertTrue(error.get("message").asText().contains("aktør"), error.toString());
    }

    @Test
    void everyAnswerOfTheApiNamesTheRulesItServes() throws Exception {
        String header = "sha256:" + Project.rules().sha256();
        List<HttpResponse<String>> answers = List.of(
                http.get("/health"),
                http.get("/api/v1/schema"),
                http.get("/api/v1/openapi.json"),
                http.get("/api/v1/classify"),
                http.get("/api/v2/nothing"),
                http.post("/api/v1/classify", "text/plain", new byte[] {'x'}),
                http.post("/api/v1/classify", "application/yaml", "id: [".getBytes()));
        assertEquals(
                List.of(200, 200, 200, 405, 404, 415, 400),
                answers.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> answer : answers) {
            assertEquals(
                    header,
                    answer.headers().firstValue("Samskab-Rules").orElse(null),
                    answer.uri().toString());
            JSON.readTree(answer.body());
        }
        assertEquals("POST", answers.get(3).headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void theSchemaIsWhatSamskabSchemaPrintsAndHealthSaysWhichRulesAreServed() throws Exception {
        assertEquals(Run.of("schema").out(), http.get("/api/v1/schema").body());
        JsonNode health = JSON.readTree(http.get("/health").body());
        assertEquals("ok", health.get("status").asText());
        assertEquals(Project.rules().sha256(), health.at("/rules/sha256").asText());
        List<String> files = new ArrayList<>();
        health.at("/rules/files").forEach(f -> files.add(f.asText()));
        assertTrue(files.contains("typology.drl"), files.toString());
    }

    @Test
    void manyClientsAtOnceGetTheSameAnswersAsOneAtATime() throws Exception {
        List<Path> files = scenarios();
        List<String> alone = new ArrayList<>();
        for (Path file : files) {
            alone.add(http.post("/api/v1/classify", typeOf(file), Files.readAllBytes(file))
                    .body());
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> together = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path file : files) {
                    together.add(
                            clients.submit(() -> http.post("/api/v1/classify", typeOf(file), Files.readAllBytes(file))
                                    .body()));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertEquals(alone.get(i % files.size()), together.get(i).get(), files.get(i % files.size()) + "");
            }
        } finally {
            clients.shutdownNow();
        }
    }

    static List<Path> scenarios() throws Exception {
        try (Stream<Path> walk = Files.walk(Project.scenarios())) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static String typeOf(Path file) {
        return file.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? "application/json" : "application/yaml";
    }

    private static InputError refusal(Path file, byte[] bytes) {
        try {
            CaseReader.parse(file, bytes);
        } catch (InputError e) {
            return e;
        }
        throw new AssertionError(file + " is accepted by the reader");
    }

    private static Integer number(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }
}
