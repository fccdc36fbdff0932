package dk.samskab.serve;

import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/** A request's body, read only as far as the limit: a larger one is refused, and the rest is never read. */
final class Bodies {

    private Bodies() {}

    /**
     * The body, or {@code null} when it is larger than {@code limit} bytes: by its declared length (nothing is
     * read) or by what arrives (reading stops one byte past the limit). What is left unread is left to Jetty, which
     * closes the connection after the answer rather than read it.
     */
    static byte[] read(Request request, int limit) throws IOException {
        long declared = request.getLength();
        if (declared > limit) {
            return null;
        }
        InputStream in = Content.Source.asInputStream(request);
        byte[] body = in.readNBytes(limit + 1);
        return body.length > limit ? null : body;
    }
}
