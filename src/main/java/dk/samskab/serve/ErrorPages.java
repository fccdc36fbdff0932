package dk.samskab.serve;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, before any handler runs (a request it cannot parse, a missing or doubled Host, a
 * line or headers too long) or when the server is too busy: the same pages in the user's language as every other
 * refusal, with the same headers, never Jetty's own page.
 */
final class ErrorPages extends ErrorHandler {

    private final Lang defaultLang;
    private final ServeLimits limits;
    private final LiveRules rules;

    ErrorPages(Lang defaultLang, ServeLimits limits, LiveRules rules) {
        this.defaultLang = defaultLang;
        this.limits = limits;
        this.rules = rules;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        Object reason = request.getAttribute(ERROR_MESSAGE);
        Lang lang = defaultLang;
        try {
            lang = Langs.of(request, defaultLang);
        } catch (RuntimeException e) {
            // a request Jetty could not parse may have no address or headers to read a language from: such a
            // request is answered in the server's language
        }
        boolean isApi = false;
        try {
            isApi = ApiHandler.serves(request.getHttpURI().getPath());
        } catch (RuntimeException e) {
            // no path read: answered as a page
        }
        response.getHeaders().clear();
        Reply reply = reply(isApi, lang, status, reason == null ? null : reason.toString());
        if (isApi) {
            reply = reply.with("Samskab-Rules", rules.current().header());
        }
        reply.send(request, response, callback);
        return true;
    }

    private Reply reply(boolean isApi, Lang lang, int status, String reason) {
        MessageBundle messages = MessageBundle.of(lang);
        String detail = switch (status) {
            case 414 -> messages.text("http.414.text", limits.maxHeaderBytes());
            case 431 -> messages.text("http.431.text", limits.maxHeaderBytes() / 1024);
            case 413 -> messages.text("http.413.text", limits.maxCaseBytes() / 1024);
            case 503 -> messages.text("http.503.text");
            default -> messages.text("http.malformed", reason == null ? String.valueOf(status) : reason);
        };
        Reply reply = Front.refusal(isApi, lang, status, detail);
        return status == 503 ? reply.with("Retry-After", "1") : reply;
    }
}
