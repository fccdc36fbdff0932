package dk.samskab.serve;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import java.util.List;
import java.util.Map;

/**
 * The interview's paths and the methods each takes: {@code /} and {@code /interview} (a form is POSTed to the
 * latter), and the files to take away. A path not among them is 404; a method it does not take, 405 with {@code
 * Allow}.
 */
final class InterviewRoutes {

    private static final Map<String, String> ALLOWED = Map.of(
            "/",
            "GET, HEAD",
            "/interview",
            "GET, HEAD, POST",
            "/case.yaml",
            "GET, HEAD",
            "/scenario.yaml",
            "GET, HEAD",
            "/report.html",
            "GET, HEAD",
            "/favicon.ico",
            "GET, HEAD");

    private InterviewRoutes() {}

    static boolean serves(String path) {
        return ALLOWED.containsKey(path);
    }

    /** The page refusing {@code method} on {@code path}, or {@code null} when the interview takes it there. */
    static Reply refused(String path, String method, Lang lang) {
        MessageBundle messages = MessageBundle.of(lang);
        String allowed = ALLOWED.get(path);
        if (allowed == null) {
            return ErrorPage.of(lang, 404, messages.text("http.404.text", Front.shorten(path)));
        }
        if (!List.of(allowed.split(", ")).contains(method)) {
            return ErrorPage.of(
                            lang,
                            405,
                            messages.text("http.405.text", Front.shorten(path), Front.shorten(method), allowed))
                    .with("Allow", allowed);
        }
        return null;
    }
}
