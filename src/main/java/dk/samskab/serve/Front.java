package dk.samskab.serve;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The one handler behind Jetty's own checks: every request passes the client's rate, the Host check and the
 * address length here, then goes to the interview or the decision API with the rules being served at that moment.
 * A failure is answered with a page (or, for the API, a JSON error) in the user's language, and the server carries
 * on.
 */
final class Front extends Handler.Abstract {

    private final LiveRules rules;
    private final Lang defaultLang;
    private final ServeLimits limits;
    private final RateLimit rate;
    private volatile Set<String> hosts;
    private final Access access;
    private final InterviewHandler interview;
    private final ApiHandler api;
    private final PrintWriter debug;

    /** {@code hosts}: the Host headers accepted ({@code null}: any); {@code debug}: where failures are traced. */
    Front(LiveRules rules, Lang defaultLang, ServeLimits limits, Access access, Set<String> hosts, PrintWriter debug) {
        super(InvocationType.BLOCKING);
        this.rules = rules;
        this.defaultLang = defaultLang;
        this.limits = limits;
        this.rate = new RateLimit(limits.requestsPerSecond(), limits.burst(), System::nanoTime);
        this.hosts = hosts;
        this.access = access;
        this.interview = new InterviewHandler(limits);
        this.api = new ApiHandler(limits);
        this.debug = debug;
    }

    /** The Host headers accepted from now on (once the port a server was given is known). */
    void acceptHosts(Set<String> names) {
        this.hosts = Set.copyOf(names);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Lang lang = defaultLang;
        String path = request.getHttpURI().getPath();
        boolean isApi = ApiHandler.serves(path);
        LiveRules.Served served = rules.current();
        Reply reply;
        try {
            lang = Langs.of(request, defaultLang);
            reply = answer(request, path, isApi, lang, served);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            trace(e);
            reply = refusal(
                    isApi,
                    lang,
                    500,
                    MessageBundle.of(lang).text("http.500.text", e.getClass().getSimpleName()));
        }
        if (isApi) {
            reply = api(request, reply, served);
        }
        reply.send(request, response, callback);
        return true;
    }

    private Reply answer(Request request, String path, boolean isApi, Lang lang, LiveRules.Served served)
            throws Exception {
        MessageBundle messages = MessageBundle.of(lang);
        InetAddress client = clientOf(request);
        if (client != null && (limits.rateLoopback() || !client.isLoopbackAddress()) && !rate.allow(client)) {
            return refusal(isApi, lang, 429, messages.text("http.429.text", limits.requestsPerSecond()))
                    .with("Retry-After", "1");
        }
        List<String> host = request.getHeaders().getValuesList("Host");
        if (hosts != null && host.size() == 1 && !hosts.contains(host.get(0).toLowerCase(Locale.ROOT))) {
            return refusal(isApi, lang, 421, messages.text("http.421.text", String.join(", ", hosts)));
        }
        String query = request.getHttpURI().getQuery();
        if (path.length() + (query == null ? 0 : query.length() + 1) > limits.maxAddressChars()) {
            return refusal(isApi, lang, 414, messages.text("http.414.text", limits.maxAddressChars()));
        }
        if (!isApi) {
            return interview.answer(request, path, lang, served.interviewer());
        }
        if (request.getMethod().equals("OPTIONS") && access.allowOrigin() != null) {
            return preflight(request, lang);
        }
        if (!access.admits(request.getHeaders().get("Authorization"))) {
            return refusal(true, lang, 401, messages.text("api.401")).with("WWW-Authenticate", "Bearer");
        }
        return api.answer(request, path, lang, served, rules.refused().orElse(null));
    }

    /** A browser asking whether a page of the allowed origin may call the API: yes for it, no for any other. */
    private Reply preflight(Request request, Lang lang) {
        String origin = request.getHeaders().get("Origin");
        if (origin == null || !origin.equals(access.allowOrigin())) {
            return refusal(true, lang, 405, MessageBundle.of(lang).text("api.cors", String.valueOf(origin)))
                    .with("Allow", "GET, HEAD, POST");
        }
        return Reply.empty(204)
                .with("Access-Control-Allow-Methods", "GET, HEAD, POST")
                .with("Access-Control-Allow-Headers", "Authorization, Content-Type")
                .with("Access-Control-Max-Age", "600");
    }

    /** What every answer of the API carries: the rules it was made with, and CORS for the one origin allowed. */
    private Reply api(Request request, Reply reply, LiveRules.Served served) {
        Reply named = reply.with("Samskab-Rules", served.header());
        String origin = request.getHeaders().get("Origin");
        if (access.allowOrigin() != null && access.allowOrigin().equals(origin)) {
            named = named.with("Access-Control-Allow-Origin", origin)
                    .with("Access-Control-Expose-Headers", "Samskab-Rules")
                    .with("Vary", "Origin");
        }
        return named;
    }

    /** A refusal as the route's clients read it: a page for the interview, a JSON error for the API. */
    static Reply refusal(boolean isApi, Lang lang, int status, String text) {
        return isApi ? ApiHandler.error(status, text) : ErrorPage.of(lang, status, text);
    }

    private static InetAddress clientOf(Request request) {
        SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress address ? address.getAddress() : null;
    }

    private void trace(Throwable e) {
        if (debug != null) {
            synchronized (debug) {
                e.printStackTrace(debug);
                debug.flush();
            }
        }
    }

    /** A path or method as a message may show it: not the whole of an overlong one. */
    static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
