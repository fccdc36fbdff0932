package dk.samskab.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

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

    /** A JSON document (the API's answers). */
    static Reply json(int status, String json) {
        return new Reply(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * Sends this reply with the server's safety headers; a HEAD request gets the headers (and length) of the GET and
     * no body.
     */
    void send(Request request, Response response, Callback callback) {
        response.setStatus(status);
        HttpFields.Mutable fields = response.getHeaders();
        safetyHeaders(fields);
        fields.put("Content-Type", contentType);
        headers.forEach(fields::put);
        if (status == 204 || body.length == 0) {
            if (!HttpMethod.HEAD.is(request.getMethod())) {
                fields.put("Content-Length", "0");
            }
            response.write(true, null, callback);
            return;
        }
        fields.put("Content-Length", String.valueOf(body.length));
        response.write(true, HttpMethod.HEAD.is(request.getMethod()) ? null : ByteBuffer.wrap(body), callback);
    }

    /** The headers every answer carries, the server's own error pages too. */
    static void safetyHeaders(HttpFields.Mutable fields) {
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("Referrer-Policy", "no-referrer");
        fields.put("X-Frame-Options", "DENY");
        fields.put("Cross-Origin-Resource-Policy", "same-origin");
        fields.put("Cache-Control", "no-store");
    }

    Reply with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Reply(status, contentType, body, more);
    }
}
