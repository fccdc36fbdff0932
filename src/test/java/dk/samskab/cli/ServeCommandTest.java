package dk.samskab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samskab serve} as a user starts it: the address it prints, the page behind it, and how it refuses. */
class ServeCommandTest {

    private static final String RULES = Project.rulesFolder().toString();

    @Test
    void serveListensOnThisComputerPrintsItsAddressAndStopsWhenInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger status = new AtomicInteger(-1);
        Thread serving = new Thread(() -> status.set(Main.run(
                new String[] {"serve", "--port", "0", "--rules", RULES, "--no-cache", "--lang", "da"},
                new PrintWriter(out, true),
                new PrintWriter(err, true))));
        serving.start();
        Matcher started = Pattern.compile("samskab: interview på (http://127\\.0\\.0\\.1:\\d+/) — Ctrl-C for at stoppe")
                .matcher("");
        for (int waited = 0; waited < 600 && !started.reset(out.toString()).find(); waited++) {
            Thread.sleep(100);
        }
        assertTrue(started.reset(out.toString()).find(), out + "\n" + err);

        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(started.group(1)))
                                .header("Accept-Language", "da")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-step=\"actors\""), page.body());

        serving.interrupt();
        serving.join(10_000);
        assertFalse(serving.isAlive());
        assertEquals(0, status.get(), err.toString());
        assertTrue(out.toString().contains("samskab: interviewet er stoppet"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aPortInUseIsRefusedWithTheWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = Run.of("serve", "--port", String.valueOf(taken.getLocalPort()), "--rules", RULES, "--no-cache");

            assertEquals(ExitStatus.BAD_INPUT, run.status());
            assertTrue(run.err().startsWith("samskab: cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
            assertTrue(run.err().contains("--port 0 for a free one"), run.err());
        }
    }

    @Test
    void aHostThatNamesNoAddressIsRefusedForWhatItIsNotForThePort() {
        Run run = Run.of("serve", "--host", "no-such-host.invalid", "--port", "0", "--rules", RULES, "--no-cache");

        assertEquals(ExitStatus.BAD_INPUT, run.status());
        assertEquals(
                List.of("samskab: --host no-such-host.invalid: no address is known by that name; give an address "
                        + "of this computer, such as 127.0.0.1"),
                run.errorLines());
    }

    @Test
    void aPortOutsideTheRangeIsRefused() {
        Run run = Run.of("serve", "--port", "70000", "--rules", RULES, "--no-cache");

        assertEquals(ExitStatus.BAD_INPUT, run.status());
        assertTrue(run.err().contains("invalid value “70000” for --port"), run.err());
    }

    @Test
    void theHelpSaysWhatServeDoesInBothLanguages() {
        Run english = Run.of("serve", "--help");
        Run danish = Run.of("serve", "--help", "--lang", "da");

        assertEquals(0, english.status());
        assertTrue(
                english.out().startsWith("Serve the interview: a local web page that asks only the questions"),
                english.out());
        assertTrue(english.out().contains("--port=N"), english.out());
        assertTrue(
                danish.out().startsWith("Start interviewet: en lokal webside, der kun stiller de spørgsmål"),
                danish.out());
        assertTrue(Run.of("--help").out().contains("serve"), "the root help lists serve");
    }

    @Test
    void anAddressOtherComputersCanReachIsRefusedWithoutAKey() {
        Run run = Run.of("serve", "--host", "0.0.0.0", "--port", "0", "--rules", RULES, "--no-cache");

        assertEquals(ExitStatus.BAD_INPUT, run.status());
        assertEquals(
                List.of("samskab: --host 0.0.0.0 lets other computers reach the server: give the decision API a key "
                        + "with --token-file FILE (a file whose first line holds at least 16 characters), or keep to "
                        + "127.0.0.1"),
                run.errorLines());
    }

    @Test
    void aKeyTooShortToGuessOrAFileThatCannotBeReadIsRefused(@TempDir Path temp) throws Exception {
        Path shortKey = Files.writeString(temp.resolve("key"), "hemmelig\n");
        Run run = Run.of(
                "serve",
                "--host",
                "0.0.0.0",
                "--token-file",
                shortKey.toString(),
                "--port",
                "0",
                "--rules",
                RULES,
                "--no-cache");
        assertEquals(ExitStatus.BAD_INPUT, run.status());
        assertTrue(run.err().contains("shorter than 16 characters"), run.err());

        Run missing = Run.of(
                "serve",
                "--host",
                "0.0.0.0",
                "--token-file",
                temp.resolve("none").toString(),
                "--port",
                "0",
                "--rules",
                RULES,
                "--no-cache");
        assertEquals(ExitStatus.BAD_INPUT, missing.status());
        assertTrue(missing.err().startsWith("samskab: --token-file " + temp.resolve("none")), missing.err());
    }

    @Test
    void withAKeyItServesTheNetworkSaysSoAndTheApiWantsTheKey(@TempDir Path temp) throws Exception {
        Path key = Files.writeString(temp.resolve("key"), "a-key-of-twenty-chars\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serving = new Thread(() -> Main.run(
                new String[] {
                    "serve",
                    "--host",
                    "0.0.0.0",
                    "--port",
                    "0",
                    "--token-file",
                    key.toString(),
                    "--rules",
                    RULES,
                    "--no-cache"
                },
                new PrintWriter(out, true),
                new PrintWriter(err, true)));
        serving.start();
        Matcher started =
                Pattern.compile("interview at http://0\\.0\\.0\\.0:(\\d+)/").matcher("");
        for (int waited = 0; waited < 600 && !started.reset(out.toString()).find(); waited++) {
            Thread.sleep(100);
        }
        try {
            assertTrue(started.reset(out.toString()).find(), out + "\n" + err);
            assertTrue(err.toString().contains("which other computers may reach"), err.toString());
            assertTrue(
                    err.toString().contains("answers only requests that carry the key from --token-file"),
                    err.toString());
            URI health = URI.create("http://127.0.0.1:" + started.group(1) + "/health");
            HttpClient client = HttpClient.newHttpClient();
            assertEquals(
                    401,
                    client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode());
            assertEquals(
                    200,
                    client.send(
                                    HttpRequest.newBuilder(health)
                                            .header("Authorization", "Bearer a-key-of-twenty-chars")
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode());
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
    }
}
