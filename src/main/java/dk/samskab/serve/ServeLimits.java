package dk.samskab.serve;

/**
 * What one request may cost, and how many a client may send: far above what a person answering questions needs,
 * far below what could tie the server up. Each page classifies the case a few hundred times, so the bounds matter.
 *
 * @param maxBodyBytes largest form accepted
 * @param maxAddressChars longest address (path and query) accepted; an interview's state lives in it
 * @param requestsPerSecond requests a client may send each second, on average
 * @param burst requests a client may send at once before the average applies
 * @param threads requests worked on at the same time
 */
public record ServeLimits(int maxBodyBytes, int maxAddressChars, int requestsPerSecond, int burst, int threads) {

    public static final ServeLimits DEFAULT = new ServeLimits(64 * 1024, 16 * 1024, 20, 60, 4);

    public ServeLimits {
        if (maxBodyBytes < 1 || maxAddressChars < 1 || requestsPerSecond < 1 || burst < 1 || threads < 1) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }
}
