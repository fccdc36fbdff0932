package dk.samskab.serve;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: each request takes a token; tokens come back at {@code perSecond} up to
 * {@code burst}. Only the most recent clients are remembered, so many addresses cannot fill the memory.
 */
final class RateLimit {

    private static final int CLIENTS_REMEMBERED = 4096;

    private final double perNano;
    private final double burst;
    private final LongSupplier clock;
    private final Map<InetAddress, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<InetAddress, Bucket> eldest) {
            return size() > CLIENTS_REMEMBERED;
        }
    };

    RateLimit(int perSecond, int burst, LongSupplier nanoClock) {
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.clock = nanoClock;
    }

    /** Takes a token for {@code client}, or says no when its bucket is empty. */
    synchronized boolean allow(InetAddress client) {
        long now = clock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.filledAt) * perNano);
        bucket.filledAt = now;
        if (bucket.tokens < 1) {
            return false;
        }
        bucket.tokens -= 1;
        return true;
    }

    /** One client's tokens, as of {@code filledAt} (nanoseconds on the clock). */
    private static final class Bucket {

        double tokens;
        long filledAt;

        Bucket(double tokens, long filledAt) {
            this.tokens = tokens;
            this.filledAt = filledAt;
        }
    }
}
