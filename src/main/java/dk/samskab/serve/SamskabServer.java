package dk.samskab.serve;

import dk.samskab.i18n.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * samskab's web server: the interview and the decision API on an embedded Jetty, configured for the job. Request
 * line and headers are bounded in size (414, 431) and in time (the connection closes); a connection that sends
 * nothing is closed after the idle timeout, and at the connection cap idle ones go after a second; TCP_NODELAY, so
 * a keep-alive request never waits for a delayed ACK; a request without a Host, or with two, is 400 (Jetty's
 * HTTP/1.1 compliance). At most {@link ServeLimits#threads()} requests are worked on at once; the others wait their
 * turn, then get 503. On a loopback address it answers only requests addressed to that loopback name (a page
 * elsewhere cannot reach it by renaming it).
 */
public final class SamskabServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final HeaderDeadline deadline;
    private final URI address;
    private final boolean loopback;

    private SamskabServer(
            Server server, ServerConnector connector, HeaderDeadline deadline, URI address, boolean loopback) {
        this.server = server;
        this.connector = connector;
        this.deadline = deadline;
        this.address = address;
        this.loopback = loopback;
    }

    /**
     * Starts serving at {@code at} (port 0: any free port) the rules {@code rules} holds; {@code debug} receives
     * failures, or {@code null}.
     */
    public static SamskabServer start(
            InetSocketAddress at, LiveRules rules, Lang lang, ServeLimits limits, PrintWriter debug)
            throws IOException {
        return start(at, rules, lang, limits, Access.LOCAL, debug);
    }

    /**
     * The same, with {@code access} saying who may use the decision API (a key beyond this computer, an origin
     * whose pages may call it).
     */
    public static SamskabServer start(
            InetSocketAddress at, LiveRules rules, Lang lang, ServeLimits limits, Access access, PrintWriter debug)
            throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(limits.threads() + 8, 2);
        threads.setName("samskab-serve");
        threads.setDaemon(true);
        Server server = new Server(threads);
        server.setStopTimeout(0);

        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // A client that sends its body slower than this is cut off (a form is a few KiB; a case at most 1 MiB).
        http.setMinRequestDataRate(1024);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        InetAddress bound = at.getAddress();
        connector.setHost(bound.getHostAddress());
        connector.setPort(at.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptedTcpNoDelay(true);
        connector.setAcceptQueueSize(128);
        HeaderDeadline deadline = new HeaderDeadline(limits.headerTime());
        connector.addEventListener(deadline);
        server.addConnector(connector);
        NetworkConnectionLimit cap = new NetworkConnectionLimit(limits.maxConnections(), connector);
        cap.setEndPointIdleTimeout(1_000);
        server.addBean(cap);

        String host = bound instanceof Inet6Address ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
        Set<String> hosts = bound.isLoopbackAddress() ? loopbackHosts(host, at.getPort()) : null;
        Front front = new Front(rules, lang, limits, access, hosts, debug);
        QoSHandler working = new QoSHandler(front);
        working.setMaxRequestCount(limits.threads());
        working.setMaxSuspend(limits.queueWait());
        working.setRejectStatusCode(503);
        server.setHandler(working);
        server.setErrorHandler(new ErrorPages(lang, limits, rules));
        try {
            server.start();
        } catch (Exception e) {
            deadline.close();
            stopQuietly(server);
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        int port = connector.getLocalPort();
        if (hosts != null && at.getPort() == 0) {
            front.acceptHosts(loopbackHosts(host, port));
        }
        return new SamskabServer(
                server,
                connector,
                deadline,
                URI.create("http://" + host + ":" + port + "/"),
                bound.isLoopbackAddress());
    }

    /** The address the interview is at, e.g. {@code http://127.0.0.1:7070/}. */
    public URI address() {
        return address;
    }

    /** Whether only this computer can reach the server (127.0.0.1, ::1 and the like). */
    public boolean isLoopback() {
        return loopback;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** Stops at once; requests still being answered are cut off. */
    @Override
    public void close() {
        deadline.close();
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort: the threads are daemons and the process is ending or moving on
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
}
