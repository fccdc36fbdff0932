package dk.samskab.serve;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer to send: status, type, body and headers. Every reply also carries the safety headers of the server. */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    /** Nothing may be loaded by a downloaded file. */
    static final String NOTHING = "default-src 'none'";

    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply html(int status, String html, String policy) {
        return new Reply(
                status,
                "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Security-Policy", policy));
    }

    /** See other: after a form, the browser loads the interview's new address (a reload sends nothing twice). */
    static Reply redirect(String location) {
        return new Reply(303, "text/plain; charset=utf-8", new byte[0], Map.of("Location", location));
    }

    /** A file to save ({@code attachment}) or to show ({@code inline}) under {@code name}. */
    static Reply file(String contentType, String text, String name, boolean attachment, String policy) {
        return new Reply(
                200,
                contentType,
                text.getBytes(StandardCharsets.UTF_8),
                Map.of(
                        "Content-Disposition",
                        (attachment ? "attachment" : "inline") + "; filename=\"" + name + "\"",
                        "Content-Security-Policy",
                        policy));
    }

    static Reply empty(int status) {
        return new Reply(status, "text/plain; charset=utf-8", new byte[0], Map.of());
    }

    Reply with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Reply(status, contentType, body, more);
    }
}
