package dk.samskab.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Who may use the decision API: on this computer anyone; beyond it only a client that sends the key
 * ({@code Authorization: Bearer <token>}). {@code allowOrigin} is the one web origin whose pages may call the API
 * from a browser (CORS), or {@code null} for none.
 */
public record Access(String token, String allowOrigin) {

    /** On this computer, with no key and no other origin. */
    public static final Access LOCAL = new Access(null, null);

    public Access {
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("an empty key");
        }
    }

    /** Whether {@code authorization} (the header, or {@code null}) carries the key; compared in constant time. */
    boolean admits(String authorization) {
        if (token == null) {
            return true;
        }
        String given = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip()
                : "";
        // Hashes of equal length: MessageDigest.isEqual then takes the same time whatever the bytes.
        return MessageDigest.isEqual(sha256(given), sha256(token));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "Access[token=" + (token == null ? "none" : "***") + ", allowOrigin=" + allowOrigin + "]";
    }
}
