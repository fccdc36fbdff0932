package dk.samskab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.i18n.Lang;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Who may use the decision API: with a key, only who sends it; from a web page, only the one origin named. */
class AccessTest {

    @Test
    void withAKeyEveryApiRequestMustCarryItAndTheInterviewIsUnchanged() throws Exception {
        try (SamskabServer server = start(new Access("s3cret-key", null))) {
            Http http = new Http(server);
            assertEquals(401, http.get("/health").statusCode());
            assertEquals(
                    "Bearer",
                    http.get("/health").headers().firstValue("WWW-Authenticate").orElseThrow());
            for (String wrong :
                    new String[] {"Bearer s3cret-kez", "Bearer s3cret-key2", "Basic s3cret-key", "s3cret-key"}) {
                HttpResponse<String> refused = Http.send(
                        http.to("/health").header("Authorization", wrong).build());
                assertEquals(401, refused.statusCode(), wrong);
            }
            HttpResponse<String> admitted = Http.send(http.to("/health")
                    .header("Authorization", "Bearer s3cret-key")
                    .build());
            assertEquals(200, admitted.statusCode());
            assertEquals(200, http.get("/").statusCode(), "the interview needs no key");
        }
    }

    @Test
    void theKeyIsComparedWholeAndNeverShown() {
        Access access = new Access("abc", null);
        assertTrue(access.admits("Bearer abc"));
        assertTrue(access.admits("bearer abc"));
        assertFalse(access.admits("Bearer ab"));
        assertFalse(access.admits("Bearer abcd"));
        assertFalse(access.admits(null));
        assertFalse(access.toString().contains("abc"));
        assertTrue(Access.LOCAL.admits(null));
    }

    @Test
    void corsIsOffUnlessAnOriginIsNamedAndThenOnlyForThatOrigin() throws Exception {
        try (SamskabServer closed = start(Access.LOCAL)) {
            HttpResponse<String> answer = Http.send(new Http(closed)
                    .to("/health")
                    .header("Origin", "https://portal.example")
                    .build());
            assertEquals(200, answer.statusCode());
            assertTrue(
                    answer.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            assertEquals(405, preflight(closed, "https://portal.example").statusCode());
        }
        try (SamskabServer open = start(new Access(null, "https://portal.example"))) {
            HttpResponse<String> allowed = Http.send(new Http(open)
                    .to("/health")
                    .header("Origin", "https://portal.example")
                    .build());
            assertEquals(
                    "https://portal.example",
                    allowed.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
            assertEquals("Origin", allowed.headers().firstValue("Vary").orElseThrow());
            HttpResponse<String> other = Http.send(new Http(open)
                    .to("/health")
                    .header("Origin", "https://evil.example")
                    .build());
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

            HttpResponse<String> preflight = preflight(open, "https://portal.example");
            assertEquals(204, preflight.statusCode());
            assertTrue(preflight
                    .headers()
                    .firstValue("Access-Control-Allow-Headers")
                    .orElseThrow()
                    .contains("Authorization"));
            assertEquals(405, preflight(open, "https://evil.example").statusCode());
        }
    }

    private static HttpResponse<String> preflight(SamskabServer server, String origin) throws Exception {
        return Http.send(new Http(server)
                .to("/api/v1/classify")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private static SamskabServer start(Access access) throws Exception {
        return SamskabServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                LiveRules.fixed(Project.rules()),
                Lang.EN,
                ServeLimits.DEFAULT,
                access,
                null);
    }
}
