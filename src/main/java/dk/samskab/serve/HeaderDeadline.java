package dk.samskab.serve;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Closes a connection whose client takes longer than the deadline to send one request's line and headers (a
 * "slowloris": a byte now and then keeps the idle timeout from ever firing). Jetty bounds the headers' size and
 * the silence between bytes, not the time the headers take; so a sweep looks at each open connection a few times
 * a second and closes one that has been in the middle of the same request's headers for longer than the deadline.
 * A connection waiting between requests (nothing of the next one sent yet) is left to the idle timeout.
 *
 * <p>Reads {@link HttpConnection}, which Jetty keeps in an {@code internal} package: the version is pinned, and
 * {@code SlowClientsTest} fails should it change.
 */
final class HeaderDeadline implements Connection.Listener, AutoCloseable {

    private static final long SWEEP_MILLIS = 250;

    private final long deadlineNanos;
    private final Map<HttpConnection, Started> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "samskab-serve-header-deadline");
        thread.setDaemon(true);
        return thread;
    });

    /** When the headers of which request (by the connection's count of requests) were first seen unfinished. */
    private record Started(long request, long at) {}

    HeaderDeadline(Duration deadline) {
        this.deadlineNanos = deadline.toNanos();
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            open.put(http, new Started(-1, 0));
        }
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
    }

    private void sweep() {
        long now = System.nanoTime();
        open.replaceAll((connection, started) -> {
            HttpParser parser = connection.getParser();
            if (parser.isStart() || !parser.inHeaderState()) {
                return new Started(-1, 0);
            }
            long request = connection.getMessagesIn();
            if (started.request() != request) {
                return new Started(request, now);
            }
            if (now - started.at() > deadlineNanos) {
                connection.getEndPoint().close();
            }
            return started;
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
