package dk.samskab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients that are slow, idle, oversized or malformed on purpose: none of them keeps the server from answering
 * everyone else at once, and each gets the status HTTP gives it, on the server's own page.
 */
class SlowClientsTest {

    private static SamskabServer server;

    @BeforeAll
    static void start() throws Exception {
        server = SamskabServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                LiveRules.fixed(Project.rules()),
                Lang.EN,
                ServeLimits.DEFAULT.withHeaderTime(Duration.ofSeconds(2)),
                null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void withFourSlowHeaderAndAHundredIdleConnectionsOpenAnotherClientIsAnsweredAtOnce() throws Exception {
        List<Socket> held = new ArrayList<>();
        AtomicBoolean dripping = new AtomicBoolean(true);
        List<Thread> drips = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                held.add(connect());
            }
            for (int i = 0; i < 4; i++) {
                Socket slow = connect();
                held.add(slow);
                Thread drip = new Thread(() -> {
                    try {
                        OutputStream out = slow.getOutputStream();
                        out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
                        while (dripping.get()) {
                            out.write('X');
                            out.flush();
                            Thread.sleep(100);
                        }
                    } catch (IOException | InterruptedException e) {
                        // the server closed it, or the test is over
                    }
                });
                drip.setDaemon(true);
                drip.start();
                drips.add(drip);
            }
            Thread.sleep(300);
            for (int i = 0; i < 3; i++) {
                String answer = assertTimeoutPreemptively(
                        Duration.ofSeconds(3),
                        () -> exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
                        "another client is answered while 104 connections are held");
                assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
            }
        } finally {
            dripping.set(false);
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aClientThatTakesLongerThanTheHeaderTimeIsCutOff() throws Exception {
        try (Socket slow = connect()) {
            OutputStream out = slow.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            slow.setSoTimeout(100);
            long started = System.nanoTime();
            boolean closed = false;
            while (!closed
                    && System.nanoTime() - started < Duration.ofSeconds(8).toNanos()) {
                try {
                    out.write('x');
                    out.flush();
                    closed = slow.getInputStream().read() < 0;
                } catch (SocketTimeoutException e) {
                    // still open: keep sending a byte at a time, which resets any idle timeout
                } catch (IOException e) {
                    closed = true;
                }
            }
            long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertTrue(closed, "still open after 8 s");
            assertTrue(took >= 1_500, "closed after " + took + " ms, before the 2 s the headers may take");
        }
    }

    @Test
    void aRequestWithoutHostOrWithTwoIsRefused() throws Exception {
        assertPage(400, exchange("GET / HTTP/1.1\r\nConnection: close\r\n\r\n"));
        assertPage(400, exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        assertPage(400, exchange("GARBAGE\r\n\r\n"));
    }

    @Test
    void anOverlongLineIs414AndOverlongHeadersAre431() throws Exception {
        String long40k = "a".repeat(40 * 1024);
        assertPage(414, exchange("GET /" + long40k + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        assertPage(
                431,
                exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + long40k + "\r\nConnection: close\r\n\r\n"));
    }

    @Test
    void aBodyDeclaredTooLargeIsRefusedAtOnceWithoutWaitingForIt() {
        String answer = assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> exchange("POST /interview HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000000000\r\n\r\n"));
        assertPage(413, answer);
    }

    private static void assertPage(int status, String answer) {
        assertTrue(
                answer.startsWith("HTTP/1.1 " + status + " "),
                answer.lines().findFirst().orElse(""));
        Document html = Jsoup.parse(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertEquals(
                MessageBundle.of(Lang.EN).text("http." + status),
                html.selectFirst("h1").text());
        assertTrue(answer.contains("X-Content-Type-Options: nosniff"), answer);
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Sends bytes no HTTP client would, and reads the answer until the server closes the connection. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(read);
            return read.toString(StandardCharsets.UTF_8);
        }
    }
}
