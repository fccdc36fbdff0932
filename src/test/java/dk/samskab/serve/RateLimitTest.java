package dk.samskab.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Each client has a bucket of requests: a burst at once, then so many a second. */
class RateLimitTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimit limit = new RateLimit(2, 3, now::get);

    @Test
    void aClientMaySendABurstAndThenWaitsForTheBucketToRefill() throws Exception {
        InetAddress client = InetAddress.getByName("127.0.0.1");
        assertTrue(limit.allow(client));
        assertTrue(limit.allow(client));
        assertTrue(limit.allow(client));
        assertFalse(limit.allow(client), "the burst is spent");

        now.addAndGet(499_000_000L);
        assertFalse(limit.allow(client), "not yet a whole request back at 2 a second");
        now.addAndGet(2_000_000L);
        assertTrue(limit.allow(client), "half a second gives one request back");
        assertFalse(limit.allow(client));

        now.addAndGet(60_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertTrue(limit.allow(client), "a long pause refills the bucket, but only up to the burst");
        }
        assertFalse(limit.allow(client));
    }

    @Test
    void oneClientsBurstDoesNotSpendAnothersBucket() throws Exception {
        InetAddress busy = InetAddress.getByName("10.0.0.1");
        InetAddress other = InetAddress.getByName("10.0.0.2");
        for (int i = 0; i < 3; i++) {
            limit.allow(busy);
        }
        assertFalse(limit.allow(busy));
        assertTrue(limit.allow(other));
    }
}
