package dk.samskab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.engine.Engine;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.interview.FormData;
import dk.samskab.interview.InterviewPage;
import dk.samskab.interview.InterviewState;
import dk.samskab.interview.Interviewer;
import dk.samskab.interview.View;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseReader;
import dk.samskab.replay.Comparison;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The interview server as a client on the network meets it: every kind of bad request gets a clear page in the
 * user's language with the right status, the server keeps serving after each, typed text never becomes markup, the
 * downloads are valid files, and a restarted server carries on from the address alone.
 */
class InterviewServerTest {

    /** Generous limits, so that the many requests here are not rate limited; one test checks the limit itself. */
    private static final ServeLimits FAST = new ServeLimits(64 * 1024, 16 * 1024, 1_000, 1_000, 4);

    private static final LiveRules RULES = LiveRules.fixed(Project.rules());
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final String HEARING = InterviewState.empty(Lang.EN)
            .withTitle("Høring over lokalplan 12")
            .withActor("Plan og Byg", "municipality")
            .withActor("Naboer", "citizen-group")
            .withAnswer("result_planned_in_advance", "true")
            .withAnswer("hearing_on_finished_proposal", "true")
            .withAnswer("partners_take_part_in", "consultation")
            .query();

    private static SamskabServer server;

    @BeforeAll
    static void start() throws Exception {
        server = SamskabServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), RULES, Lang.EN, FAST, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theStartPageAsksWhoTakesPartInTheBrowsersLanguageUnderTheInterviewsPolicy() throws Exception {
        HttpResponse<String> page = get("/", "da");

        assertEquals(200, page.statusCode());
        assertEquals(
                InterviewPage.POLICY,
                page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        Document html = Jsoup.parse(page.body());
        assertEquals("da", html.selectFirst("html").attr("lang"));
        assertNotNull(html.selectFirst("section[data-step=actors]"));
        assertEquals("Hvem deltager?", html.selectFirst("h1").text());
    }

    @Test
    void aFormIsAnsweredWithARedirectToAnAddressThatHoldsTheWholeInterview() throws Exception {
        String state = InterviewState.empty(Lang.EN)
                .withActor("Plan og Byg", "municipality")
                .query();
        HttpResponse<String> added = post(
                "/interview",
                form(
                        "state",
                        state,
                        "do",
                        "add-actor",
                        "title",
                        "Høring",
                        "actor-name",
                        "Naboer",
                        "actor-kind",
                        "citizen-group"));

        assertEquals(303, added.statusCode());
        String location = added.headers().firstValue("Location").orElseThrow();
        assertTrue(
                location.startsWith("/interview?lang=en&title=H%C3%B8ring&actor=municipality%3APlan+og+Byg"
                        + "&actor=citizen-group%3ANaboer"),
                location);
        HttpResponse<String> started = post(
                "/interview",
                form(
                        "state",
                        location.substring(location.indexOf('?') + 1).replace("&step=actors", ""),
                        "do",
                        "start"));
        String at = started.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> first = get(at, "en");
        Document html = Jsoup.parse(first.body());
        assertEquals(
                plannedFirst(at.substring(at.indexOf('?') + 1)),
                html.selectFirst("section[data-step=question]").attr("data-fact"));
        assertNotNull(html.selectFirst("aside.so-far svg.typology-chart"), "the 2×2 chart beside the question");
    }

    @Test
    void aFormLeftIncompleteShowsTheSameQuestionWithWhatIsMissing() throws Exception {
        HttpResponse<String> refused =
                post("/interview", form("state", HEARING, "do", "answer", "fact", "decision_mandate"));

        assertEquals(400, refused.statusCode());
        Document html = Jsoup.parse(refused.body());
        assertEquals(
                "decision_mandate",
                html.selectFirst("section[data-step=question]").attr("data-fact"));
        assertEquals(
                MessageBundle.of(Lang.EN).text("interview.choose"),
                html.selectFirst(".problem").text());
    }

    @Test
    void everyTextTheUserTypedIsShownAsTextAndNeverRunsOrLoads() throws Exception {
        String evil = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
        String state = InterviewState.empty(Lang.EN)
                .withTitle("\"><b>bold</b>")
                .withActor(evil, "municipality")
                .withActor("Naboer", "citizen")
                .withAnswer("result_planned_in_advance", "true")
                .withPerceptions(List.of(new InterviewState.Perception(evil, "steered")))
                .query();

        for (String path : List.of("/interview?", "/interview?step=perceptions&", "/report.html?")) {
            HttpResponse<String> page = get(path + state, "en");
            assertEquals(200, page.statusCode(), path);
            Document html = Jsoup.parse(page.body());
            assertEquals(List.of(), html.select("script, img, b, iframe, object, embed"), path);
            for (Element element : html.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().startsWith("on"), path + ": " + element);
                }
            }
            assertTrue(html.text().contains(evil), path + " shows the name as typed");
        }
        HttpResponse<String> yaml = get("/case.yaml?" + state, "en");
        CaseFile read = CaseReader.parse(Path.of("case.yaml"), yaml.body().getBytes(StandardCharsets.UTF_8));
        assertEquals(evil, read.facts().getActors().get(0).name());
    }

    @Test
    void theDownloadsAreACaseFileAScenarioThatReplaysAndTheReport() throws Exception {
        HttpResponse<String> yaml = get("/case.yaml?" + HEARING, "en");
        assertEquals(200, yaml.statusCode());
        assertEquals(
                "attachment; filename=\"hoering-over-lokalplan-12.yaml\"",
                yaml.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(yaml.headers().firstValue("Content-Type").orElseThrow().startsWith("application/yaml"));
        CaseFile caseFile = CaseReader.parse(Path.of("case.yaml"), yaml.body().getBytes(StandardCharsets.UTF_8));
        assertFalse(caseFile.isScenario());

        HttpResponse<String> scenario = get("/scenario.yaml?" + HEARING, "en");
        CaseFile read = CaseReader.parse(Path.of("s.yaml"), scenario.body().getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), Comparison.compare(read.expect(), new Engine(Project.rules()).classify(read.facts())));
        assertEquals(caseFile.facts(), read.facts());

        HttpResponse<String> report = get("/report.html?" + HEARING, "en");
        assertTrue(
                report.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
        assertEquals(
                "steered",
                Jsoup.parse(report.body()).selectFirst("article.case").attr("data-type"));
        assertTrue(get("/report.html?" + HEARING + "&download=1", "en")
                .headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .startsWith("attachment"));
    }

    @Test
    void aRestartedServerCarriesOnFromTheAddressAlone() throws Exception {
        ServeLimits limits = FAST;
        SamskabServer first = SamskabServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                LiveRules.fixed(Project.rules()),
                Lang.EN,
                limits,
                null);
        int port = first.port();
        URI page = URI.create("http://127.0.0.1:" + port + "/interview?" + HEARING);
        String before = send(HttpRequest.newBuilder(page).build()).body();
        first.close();

        try (SamskabServer second = SamskabServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                LiveRules.fixed(Project.rules()),
                Lang.EN,
                limits,
                null)) {
            String after = send(HttpRequest.newBuilder(page).build()).body();
            assertEquals(before, after);
            assertEquals(
                    plannedFirst(HEARING),
                    Jsoup.parse(after)
                            .selectFirst("section[data-step=question]")
                            .attr("data-fact"));
        }
    }

    @Test
    void headAnswersWithTheHeadersOfAGetAndNoBody() throws Exception {
        HttpResponse<String> get = get("/", "en");
        HttpResponse<String> head = send(HttpRequest.newBuilder(url("/"))
                .header("Accept-Language", "en")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(
                String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElseThrow());
        for (String header : List.of("Content-Type", "Content-Security-Policy")) {
            assertEquals(
                    get.headers().firstValue(header).orElseThrow(),
                    head.headers().firstValue(header).orElseThrow(),
                    header);
        }
    }

    @Test
    void aClientThatAsksTooOftenIsToldToWaitAndThenServedAgain() throws Exception {
        ServeLimits slow = new ServeLimits(64 * 1024, 16 * 1024, 2, 3, 2).rateLimitingLoopback();
        try (SamskabServer limited = SamskabServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), RULES, Lang.EN, slow, null)) {
            HttpRequest start = HttpRequest.newBuilder(limited.address())
                    .header("Accept-Language", "da")
                    .build();
            List<Integer> burst = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                burst.add(send(start).statusCode());
            }
            assertEquals(List.of(200, 200, 200), burst, "the burst is served");
            // Two requests a second refill the bucket: a slow machine may get one more through, never ten.
            HttpResponse<String> refused = send(start);
            for (int i = 0; i < 10 && refused.statusCode() != 429; i++) {
                refused = send(start);
            }
            assertEquals(429, refused.statusCode());
            assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(
                    MessageBundle.of(Lang.DA).text("http.429"),
                    Jsoup.parse(refused.body()).selectFirst("h1").text());
            Thread.sleep(1_100);
            assertEquals(200, send(start).statusCode());
        }
    }

    @Test
    void onlyALoopbackAddressCountsAsThisComputerWhateverItsSpelling() throws Exception {
        try (SamskabServer any = SamskabServer.start(new InetSocketAddress("0.0.0.0", 0), RULES, Lang.EN, FAST, null)) {
            assertFalse(any.isLoopback(), any.address().toString());
        }
        SamskabServer six;
        try {
            six = SamskabServer.start(new InetSocketAddress("::1", 0), RULES, Lang.EN, FAST, null);
        } catch (java.io.IOException e) {
            Assumptions.abort("this machine has no IPv6 loopback: " + e.getMessage());
            return;
        }
        try (six) {
            assertEquals("[0:0:0:0:0:0:0:1]", six.address().getHost(), "the spelling a text check missed");
            assertTrue(six.isLoopback());
        }
    }

    /** One bad request: what is sent, and the status it must get. */
    private record Bad(String name, int status, boolean ownPage, Sender sender) {}

    @FunctionalInterface
    private interface Sender {
        Answer send() throws Exception;
    }

    /** A status and a body, from the HTTP client or a raw socket. */
    private record Answer(int status, String body) {}

    @TestFactory
    Stream<DynamicTest> everyBadRequestGetsAClearPageInTheUsersLanguageAndTheServerKeepsServing() {
        String hundredKiB = "state=" + "a".repeat(100 * 1024);
        List<Bad> bad = List.of(
                new Bad(
                        "DELETE is not a method of the interview",
                        405,
                        true,
                        () -> answer(send(HttpRequest.newBuilder(url("/"))
                                .header("Accept-Language", "da")
                                .DELETE()
                                .build()))),
                new Bad(
                        "PUT cannot send rules or anything else",
                        405,
                        true,
                        () -> answer(send(HttpRequest.newBuilder(url("/interview"))
                                .header("Accept-Language", "da")
                                .PUT(HttpRequest.BodyPublishers.ofString("rule \"x\" when then end"))
                                .build()))),
                new Bad("only the interview takes forms", 405, true, () -> answer(postDanish("/", "do=start"))),
                new Bad("no path serves rules", 404, true, () -> answer(get("/rules/typology.drl", "da"))),
                new Bad("an unknown path", 404, true, () -> answer(get("/interview/", "da"))),
                new Bad(
                        "a form that is not url-encoded",
                        415,
                        true,
                        () -> answer(send(HttpRequest.newBuilder(url("/interview"))
                                .header("Accept-Language", "da")
                                .header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString("do=start"))
                                .build()))),
                new Bad(
                        "a form in another charset",
                        415,
                        true,
                        () -> answer(send(HttpRequest.newBuilder(url("/interview"))
                                .header("Accept-Language", "da")
                                .header("Content-Type", "application/x-www-form-urlencoded; charset=latin1")
                                .POST(HttpRequest.BodyPublishers.ofString("do=start"))
                                .build()))),
                new Bad(
                        "a body larger than 64 KiB",
                        413,
                        true,
                        () -> upload(
                                "Content-Length: " + hundredKiB.length(),
                                hundredKiB.getBytes(StandardCharsets.US_ASCII))),
                new Bad(
                        "a chunked body larger than 64 KiB",
                        413,
                        true,
                        () -> upload(
                                "Transfer-Encoding: chunked", chunked(hundredKiB.getBytes(StandardCharsets.US_ASCII)))),
                new Bad(
                        "a broken %-escape in a form",
                        400, true, () -> answer(postDanish("/interview", "do=start&state=lang%3Dda%26title%3D%zz"))),
                new Bad(
                        "a byte that is not encoded",
                        400,
                        true,
                        () -> answer(send(HttpRequest.newBuilder(url("/interview"))
                                .header("Accept-Language", "da")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'d', 'o', '=', (byte) 0xC3}))
                                .build()))),
                new Bad(
                        "bytes that are not UTF-8",
                        400,
                        true,
                        () -> answer(get("/interview?lang=da&title=%C3%28&actor=municipality%3AA", "da"))),
                new Bad(
                        "a fact the contract does not know",
                        400,
                        true,
                        () -> answer(get(
                                "/interview?lang=da&actor=municipality%3AA&actor=citizen%3AB&rules=typology.drl",
                                "da"))),
                new Bad(
                        "a value the contract does not know",
                        400,
                        true,
                        () -> answer(get(
                                "/interview?lang=da&actor=municipality%3AA&actor=citizen%3AB&decision_mandate=maybe",
                                "da"))),
                new Bad(
                        "a form that says nothing to do",
                        400,
                        true,
                        () -> answer(postDanish("/interview", "state=lang%3Dda"))),
                new Bad(
                        "an address longer than 16 KiB",
                        414,
                        true,
                        () -> answer(get("/interview?lang=da&title=" + "x".repeat(17 * 1024), "da"))),
                new Bad(
                        "another site's name in the Host header",
                        421,
                        true,
                        () -> raw(
                                "GET / HTTP/1.1\r\nHost: evil.example\r\nAccept-Language: da\r\nConnection: close\r\n\r\n")),
                new Bad(
                        "a path that climbs out (refused by Jetty, in the server's language)",
                        400,
                        false,
                        () -> raw("GET /../rules/axes.drl HTTP/1.1\r\n"
                                + "Host: 127.0.0.1\r\nAccept-Language: da\r\nConnection: close\r\n\r\n")),
                new Bad(
                        "a request line that is not HTTP (refused by Jetty's parser)",
                        400,
                        false,
                        () -> raw("GARBAGE\r\n\r\n")),
                new Bad(
                        "a broken %-escape in the address (refused by Jetty's parser)",
                        400,
                        false,
                        () -> raw(
                                "GET /interview?title=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")));
        return bad.stream()
                .map(b -> DynamicTest.dynamicTest(b.name(), () -> {
                    Answer answer = b.sender().send();
                    assertEquals(b.status(), answer.status(), b.name() + ": " + answer.body());
                    if (b.ownPage()) {
                        Document html = Jsoup.parse(answer.body());
                        assertEquals("da", html.selectFirst("html").attr("lang"), b.name());
                        assertTrue(MessageBundle.of(Lang.DA).has("http." + b.status()), b.name());
                        assertEquals(
                                MessageBundle.of(Lang.DA).text("http." + b.status()),
                                html.selectFirst("h1").text(),
                                b.name());
                        String problem = html.selectFirst(".problem").text();
                        assertFalse(
                                problem.isBlank() || problem.matches(".*\\bhttp\\.[0-9a-z.-]+\\b.*"),
                                b.name() + ": a message, not a key: " + problem);
                    }
                    assertEquals(200, get("/", "en").statusCode(), "still serving after: " + b.name());
                }));
    }

    // --- requests ---------------------------------------------------------------------------------------------

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> get(String path, String language) throws Exception {
        return send(HttpRequest.newBuilder(url(path))
                .header("Accept-Language", language)
                .build());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static HttpResponse<String> postDanish(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "da")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(response.statusCode(), response.body());
    }

    private static String form(String... fieldsAndValues) {
        List<FormData.Field> fields = new ArrayList<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.add(new FormData.Field(fieldsAndValues[i], fieldsAndValues[i + 1]));
        }
        return new FormData(fields).encode();
    }

    /** Sends bytes no HTTP client would, and reads the answer to the end. */
    private static Answer raw(String request) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(read);
            String text = read.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            return new Answer(status, text.substring(Math.max(0, text.indexOf("\r\n\r\n") + 4)));
        }
    }

    /**
     * A Danish form posted over a plain socket, the body written on a thread of its own: the server answers 413 as soon
     * as it has read past its limit and closes the connection, which an HTTP client still uploading reports as a
     * failure of its own ("header parser received no bytes") rather than the answer.
     */
    private static Answer upload(String framing, byte[] body) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /interview HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: da\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\n" + framing
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException e) {
                    // the server stopped reading at its limit: what it answered is what the test reads
                }
            });
            writer.start();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(read);
            } catch (IOException e) {
                // a reset after the answer arrived: the answer is in what was read
            }
            writer.join(10_000);
            String text = read.toString(StandardCharsets.UTF_8);
            return new Answer(
                    Integer.parseInt(text.substring(9, 12)), text.substring(Math.max(0, text.indexOf("\r\n\r\n") + 4)));
        }
    }

    /** {@code body} in chunked transfer coding, 8 KiB a chunk. */
    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 8192) {
            int size = Math.min(8192, body.length - at);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The question the interview plans to ask first in the state {@code query} describes. */
    private static String plannedFirst(String query) throws Exception {
        View view = new Interviewer(new Engine(Project.rules()))
                .screen(InterviewState.from(FormData.parse(query), Lang.EN), null)
                .view();
        return ((View.Question) view).fact().code();
    }
}
