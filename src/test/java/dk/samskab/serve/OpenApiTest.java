package dk.samskab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.samskab.Project;
import dk.samskab.i18n.Lang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/openapi.json} is true of the server: it names exactly the routes the server serves, with the
 * methods each takes; and every answer of every route (a success and each refusal we can provoke) has a status
 * the document lists for it, its content type, the headers it promises and a body its schema accepts.
 */
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SamskabServer server;
    private static Http http;
    private static JsonNode document;

    @BeforeAll
    static void start() throws Exception {
        server = SamskabServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                LiveRules.fixed(Project.rules()),
                Lang.EN,
                new ServeLimits(64 * 1024, 16 * 1024, 1_000, 1_000, 4),
                new Access("a-key-for-tests", null),
                null);
        http = new Http(server);
        HttpResponse<String> answer =
                Http.send(authorised("/api/v1/openapi.json").build());
        assertEquals(200, answer.statusCode());
        document = JSON.readTree(answer.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDocumentIsOpenApi3AndNamesExactlyTheRoutesServed() {
        assertTrue(
                document.get("openapi").asText().startsWith("3."),
                document.get("openapi").toString());
        Map<String, List<String>> documented = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            List<String> methods = new ArrayList<>();
            path.getValue().fieldNames().forEachRemaining(m -> methods.add(m.toUpperCase(Locale.ROOT)));
            documented.put(path.getKey(), methods);
        }
        Map<String, List<String>> served = new TreeMap<>();
        ApiHandler.ROUTES.forEach((path, methods) ->
                served.put(path, methods.stream().filter(m -> !m.equals("HEAD")).toList()));
        assertEquals(served, documented);
    }

    @Test
    void everyAnswerOfEveryRouteIsAsDocumented() throws Exception {
        byte[] scenario = Files.readAllBytes(Project.scenarios().resolve("article/lokalplan-hoering.yaml"));
        List<Call> calls = List.of(
                new Call(
                        "/api/v1/classify",
                        "post",
                        authorised("/api/v1/classify")
                                .header("Content-Type", "application/yaml")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(scenario))),
                new Call(
                        "/api/v1/classify",
                        "post",
                        authorised("/api/v1/classify")
                                .header("Content-Type", "application/yaml")
                                .POST(HttpRequest.BodyPublishers.ofString("id: x\ntitle: X\ncase: {actors: []}\n"))),
                new Call(
                        "/api/v1/classify",
                        "post",
                        authorised("/api/v1/classify")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": "))),
                new Call(
                        "/api/v1/classify",
                        "post",
                        authorised("/api/v1/classify")
                                .header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString("x"))),
                new Call(
                        "/api/v1/classify",
                        "post",
                        http.to("/api/v1/classify")
                                .header("Content-Type", "application/yaml")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(scenario))),
                new Call("/api/v1/schema", "get", authorised("/api/v1/schema")),
                new Call("/api/v1/schema", "get", http.to("/api/v1/schema")),
                new Call("/api/v1/openapi.json", "get", authorised("/api/v1/openapi.json")),
                new Call("/health", "get", authorised("/health")),
                new Call("/health", "get", http.to("/health").header("Authorization", "Bearer wrong")));
        TreeSet<String> statuses = new TreeSet<>();
        List<Answer> answers = new ArrayList<>();
        for (Call call : calls) {
            HttpResponse<String> sent = Http.send(call.request().build());
            answers.add(new Answer(call.path(), call.method(), sent.statusCode(), sent.headers(), sent.body()));
        }
        answers.add(oversizeUpload());
        for (Answer answer : answers) {
            Call call = new Call(answer.path(), answer.method(), null);
            String where = call.method() + " " + call.path() + " → " + answer.statusCode();
            JsonNode response = resolve(document.at(
                    "/paths/" + pointer(call.path()) + "/" + call.method() + "/responses/" + answer.statusCode()));
            assertTrue(response != null && !response.isMissingNode(), where + " is not documented: " + answer.body());
            String type =
                    answer.headers().firstValue("Content-Type").orElseThrow().split(";")[0];
            JsonNode content = response.at("/content/" + pointer(type));
            assertTrue(!content.isMissingNode(), where + ": " + type + " is not documented");
            for (Map.Entry<String, JsonNode> header : response.path("headers").properties()) {
                JsonNode promised = resolve(header.getValue());
                String value = answer.headers().firstValue(header.getKey()).orElse(null);
                assertNotNull(value, where + " lacks " + header.getKey());
                JsonNode pattern = promised.at("/schema/pattern");
                assertTrue(pattern.isMissingNode() || Pattern.matches(pattern.asText(), value), where + ": " + value);
            }
            Schema schema = schemaOf(content.get("schema"));
            if (schema != null) {
                List<com.networknt.schema.Error> errors = schema.validate(answer.body(), InputFormat.JSON);
                assertEquals(List.of(), errors.stream().map(Object::toString).toList(), where + ": " + answer.body());
            }
            statuses.add(call.path() + " " + answer.statusCode());
        }
        assertEquals(
                new TreeSet<>(List.of(
                        "/api/v1/classify 200",
                        "/api/v1/classify 422",
                        "/api/v1/classify 400",
                        "/api/v1/classify 415",
                        "/api/v1/classify 413",
                        "/api/v1/classify 401",
                        "/api/v1/schema 200",
                        "/api/v1/schema 401",
                        "/api/v1/openapi.json 200",
                        "/health 200",
                        "/health 401")),
                statuses);
    }

    private record Call(String path, String method, HttpRequest.Builder request) {}

    /** One answer of the server, as the loop checks it against the document. */
    private record Answer(String path, String method, int statusCode, HttpHeaders headers, String body) {}

    /**
     * A 2 MiB upload, over a plain socket: the server answers 413 as soon as it has read past the limit and closes
     * the connection, which an HTTP client still uploading reports as a failure of its own rather than the answer.
     */
    private static Answer oversizeUpload() throws Exception {
        byte[] body = new byte[2 * 1024 * 1024];
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(30_000);
            String head =
                    "POST /api/v1/classify HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer a-key-for-tests\r\n"
                            + "Content-Type: application/yaml\r\nContent-Length: " + body.length
                            + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            Thread upload = new Thread(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException e) {
                    // the server stopped reading at its limit: what it answered is what the test reads
                }
            });
            upload.start();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(read);
            } catch (IOException e) {
                // a reset after the answer arrived: the answer is in what was read
            }
            upload.join(30_000);
            String[] parts = read.toString(StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2);
            String[] lines = parts[0].split("\r\n");
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line : List.of(lines).subList(1, lines.length)) {
                int colon = line.indexOf(':');
                headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
            String text = parts.length > 1 ? parts[1] : "";
            if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
                text = unchunked(text);
            }
            return new Answer(
                    "/api/v1/classify",
                    "post",
                    Integer.parseInt(lines[0].split(" ")[1]),
                    HttpHeaders.of(headers, (k, v) -> true),
                    new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }

    private static String unchunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int end = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, end).trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, end + 2, end + 2 + size);
            at = end + 2 + size + 2;
        }
        return body.toString();
    }

    private static HttpRequest.Builder authorised(String path) {
        return new Http(server).to(path).header("Authorization", "Bearer a-key-for-tests");
    }

    /** The schema a response's content promises, with the document's components; none for a bare type. */
    private static Schema schemaOf(JsonNode schema) {
        if (schema == null || !schema.has("$ref")) {
            return null;
        }
        String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
        String text = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$ref\": \"#/$defs/" + name
                + "\", \"$defs\": "
                + document.at("/components/schemas").toString().replace("#/components/schemas/", "#/$defs/") + "}";
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(text, InputFormat.JSON);
    }

    /** A {@code $ref} within the document, followed; anything else as it is. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode at = node;
        for (int i = 0; at != null && at.has("$ref") && i < 5; i++) {
            at = document.at(at.get("$ref").asText().substring(1));
        }
        return at;
    }

    /** A path or media type as one JSON Pointer step. */
    private static String pointer(String step) {
        return step.replace("~", "~0").replace("/", "~1");
    }
}
