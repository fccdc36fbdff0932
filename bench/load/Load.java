import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load run against a samskab server on this computer: N clients, each on its own keep-alive connection,
 * send the same request back to back for S seconds (or until M requests in all), then one line of figures:
 * requests/s, p50/p95/p99 latency and errors (any status but the expected one, or a failed exchange).
 *
 * <p>Run with the JDK alone: {@code java bench/load/Load.java --url http://127.0.0.1:7070/ [options]}. Refuses any
 * address that is not loopback, more than 120 s, more than 64 clients and more than 1,000,000 requests.
 */
public final class Load {

    public static void main(String[] args) throws Exception {
        String url = null;
        String method = "GET";
        Path body = null;
        String type = null;
        String label = null;
        int clients = 8;
        int seconds = 30;
        long max = 1_000_000;
        int expect = 200;
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--method" -> method = args[++i];
                case "--body" -> body = Path.of(args[++i]);
                case "--type" -> type = args[++i];
                case "--label" -> label = args[++i];
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--max-requests" -> max = Long.parseLong(args[++i]);
                case "--expect" -> expect = Integer.parseInt(args[++i]);
                case "--header" -> headers.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url is required");
        }
        URI uri = URI.create(url);
        if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("only a server on this computer (loopback) is loaded: " + uri.getHost());
        }
        if (clients < 1 || clients > 64 || seconds < 1 || seconds > 120 || max < 1 || max > 1_000_000) {
            throw new IllegalArgumentException("bounds: 1-64 clients, 1-120 s, 1-1,000,000 requests");
        }
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(body));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(method, publisher);
        if (type != null) {
            builder.header("Content-Type", type);
        }
        for (String header : headers) {
            int colon = header.indexOf(':');
            builder.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
        }
        HttpRequest request = builder.build();

        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong budget = new AtomicLong(max);
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        Thread[] threads = new Thread[clients];
        int expected = expect;
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                long[] own = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                    long t0 = System.nanoTime();
                    String failure = null;
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != expected) {
                            failure = "status " + response.statusCode();
                        }
                    } catch (IOException e) {
                        failure = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        return;
                    }
                    long took = System.nanoTime() - t0;
                    if (n == own.length) {
                        own = Arrays.copyOf(own, own.length * 2);
                    }
                    own[n++] = took;
                    if (failure != null) {
                        errors.computeIfAbsent(failure, f -> new AtomicLong()).incrementAndGet();
                    }
                }
                latencies[client] = own;
                counts[client] = n;
            }, "load-" + c);
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        long failed = errors.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf(
                "%s | %d clients | %.0f s | %d requests | %.1f req/s | p50 %s ms | p95 %s ms | p99 %s ms | errors %d%s%n",
                label == null ? method + " " + uri.getRawPath() : label,
                clients,
                elapsed,
                total,
                total / elapsed,
                ms(all, 0.50),
                ms(all, 0.95),
                ms(all, 0.99),
                failed,
                failed == 0 ? "" : " " + new TreeMap<>(toLongs(errors)));
    }

    private static Map<String, Long> toLongs(Map<String, AtomicLong> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private static String ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return String.format("%.1f", sorted[Math.max(0, index)] / 1e6);
    }
}
