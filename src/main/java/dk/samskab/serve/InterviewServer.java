package dk.samskab.serve;

import com.sun.net.httpserver.HttpServer;
import dk.samskab.i18n.Lang;
import dk.samskab.interview.Interviewer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The interview's web server: the JDK's own HTTP server with one handler, a fixed number of worker threads and the
 * JDK's own bounds on headers, connections and slow clients set before it starts. On a loopback address it answers
 * only requests addressed to that loopback name (a page elsewhere cannot reach it by renaming it).
 */
public final class InterviewServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers;
    private final URI address;

    private InterviewServer(HttpServer server, ExecutorService workers, URI address) {
        this.server = server;
        this.workers = workers;
        this.address = address;
    }

    /** Starts serving at {@code at} (port 0: any free port); {@code debug} receives failures, or {@code null}. */
    public static InterviewServer start(
            InetSocketAddress at, Interviewer interviewer, Lang lang, ServeLimits limits, PrintWriter debug)
            throws IOException {
        boundJdkServer(limits);
        HttpServer server = HttpServer.create(at, 64);
        int port = server.getAddress().getPort();
        InetAddress bound = server.getAddress().getAddress();
        String host = bound instanceof Inet6Address ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(limits.threads(), work -> {
            Thread thread = new Thread(work, "samskab-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        RateLimit rate = new RateLimit(limits.requestsPerSecond(), limits.burst(), System::nanoTime);
        server.createContext(
                "/",
                new InterviewHandler(
                        interviewer,
                        lang,
                        limits,
                        rate,
                        bound.isLoopbackAddress() ? loopbackHosts(host, port) : null,
                        debug));
        server.setExecutor(workers);
        server.start();
        return new InterviewServer(server, workers, URI.create("http://" + host + ":" + port + "/"));
    }

    /** The address the interview is at, e.g. {@code http://127.0.0.1:7070/}. */
    public URI address() {
        return address;
    }

    /** Whether only this computer can reach the interview (127.0.0.1, ::1 and the like). */
    public boolean isLoopback() {
        return server.getAddress().getAddress().isLoopbackAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops at once; requests still being answered are cut off. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Set<String> loopbackHosts(String host, int port) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String name : new String[] {host, "localhost", "127.0.0.1", "[::1]"}) {
            hosts.add(name + ":" + port);
            hosts.add(name);
        }
        return hosts;
    }

    /**
     * The JDK server's own bounds, read once when it first starts: request headers up to 64 KiB in all, a request
     * read within 30 s and an answer written within 60 s, at most 100 connections. Settings made by the user win.
     */
    private static void boundJdkServer(ServeLimits limits) {
        setIfAbsent(
                "sun.net.httpserver.maxReqHeaderSize",
                String.valueOf(Math.max(limits.maxAddressChars() * 2, 64 * 1024)));
        setIfAbsent("sun.net.httpserver.maxReqTime", "30");
        setIfAbsent("sun.net.httpserver.maxRspTime", "60");
        setIfAbsent("jdk.httpserver.maxConnections", "100");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
