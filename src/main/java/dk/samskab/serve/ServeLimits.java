package dk.samskab.serve;

import dk.samskab.loading.Limits;
import java.time.Duration;

/**
 * What one request and one connection may cost, and how many a client may send: far above what a person answering
 * questions or a program asking for classifications needs, far below what could tie the server up. Each interview
 * page classifies the case a few hundred times, so the bounds matter.
 *
 * @param maxBodyBytes largest form accepted
 * @param maxAddressChars longest address (path and query) the interview accepts; an interview's state lives in it
 * @param requestsPerSecond requests a client address may send each second, on average (see {@code rateLoopback})
 * @param burst requests a client address may send at once before the average applies
 * @param threads requests worked on at the same time; more wait their turn (up to {@code queueWait}), then get 503
 * @param maxCaseBytes largest case file {@code POST /api/v1/classify} accepts
 * @param maxHeaderBytes largest request line and headers together; a longer line is 414, longer headers 431
 * @param headerTime how long a client may take to send one request's line and headers before the connection closes
 * @param idleTimeout how long a connection may stay open with nothing arriving
 * @param maxConnections connections open at once; at the cap, idle ones are closed after a second
 * @param queueWait how long a request waits for one of the {@code threads} before it is refused with 503
 * @param rateLoopback whether clients on this computer are rate limited too; they all share one address, so by
 *     default they are bounded only by {@code threads} and {@code queueWait}
 */
public record ServeLimits(
        int maxBodyBytes,
        int maxAddressChars,
        int requestsPerSecond,
        int burst,
        int threads,
        int maxCaseBytes,
        int maxHeaderBytes,
        Duration headerTime,
        Duration idleTimeout,
        int maxConnections,
        Duration queueWait,
        boolean rateLoopback) {

    public static final ServeLimits DEFAULT = new ServeLimits(64 * 1024, 16 * 1024, 20, 60, 4);

    /** The given request bounds with the default connection bounds. */
    public ServeLimits(int maxBodyBytes, int maxAddressChars, int requestsPerSecond, int burst, int threads) {
        this(
                maxBodyBytes,
                maxAddressChars,
                requestsPerSecond,
                burst,
                threads,
                Limits.MAX_DOCUMENT_BYTES,
                32 * 1024,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                256,
                Duration.ofSeconds(10),
                false);
    }

    public ServeLimits {
        if (maxBodyBytes < 1
                || maxAddressChars < 1
                || requestsPerSecond < 1
                || burst < 1
                || threads < 1
                || maxCaseBytes < 1
                || maxHeaderBytes < maxAddressChars
                || headerTime.isNegative()
                || headerTime.isZero()
                || idleTimeout.isNegative()
                || idleTimeout.isZero()
                || maxConnections < 1
                || queueWait.isNegative()) {
            throw new IllegalArgumentException(
                    "every limit must be positive, and the headers must hold the longest address");
        }
    }

    /** These limits with clients on this computer rate limited like any other. */
    public ServeLimits rateLimitingLoopback() {
        return new ServeLimits(
                maxBodyBytes,
                maxAddressChars,
                requestsPerSecond,
                burst,
                threads,
                maxCaseBytes,
                maxHeaderBytes,
                headerTime,
                idleTimeout,
                maxConnections,
                queueWait,
                true);
    }

    /** These limits with another time for a request's line and headers. */
    public ServeLimits withHeaderTime(Duration time) {
        return new ServeLimits(
                maxBodyBytes,
                maxAddressChars,
                requestsPerSecond,
                burst,
                threads,
                maxCaseBytes,
                maxHeaderBytes,
                time,
                idleTimeout,
                maxConnections,
                queueWait,
                rateLoopback);
    }
}
