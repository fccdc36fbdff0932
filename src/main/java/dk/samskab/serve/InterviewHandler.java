package dk.samskab.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dk.samskab.engine.RuleFailure;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.Message;
import dk.samskab.i18n.Messages;
import dk.samskab.interview.BadInput;
import dk.samskab.interview.CaseYaml;
import dk.samskab.interview.FormData;
import dk.samskab.interview.InterviewCase;
import dk.samskab.interview.InterviewPage;
import dk.samskab.interview.InterviewState;
import dk.samskab.interview.Interviewer;
import dk.samskab.interview.Screen;
import dk.samskab.interview.Submission;
import dk.samskab.interview.View;
import dk.samskab.loading.InputError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers every request to the server. The routes: the interview ({@code /} and {@code /interview}, GET a screen,
 * POST a form) and the files to take away ({@code /case.yaml}, {@code /scenario.yaml}, {@code /report.html}).
 * Nothing else is served, and nothing here reads or writes a file: no rules can be sent, changed or fetched. Before
 * any work a request must pass the client's rate, the Host check and the size limits; anything malformed gets a page
 * saying what is wrong, in the user's language, and the server carries on.
 */
final class InterviewHandler implements HttpHandler {

    private static final Pattern LANG = Pattern.compile("(?:^|&)lang=(da|en)(?:&|$)");
    private static final Set<String> PAGES = Set.of("/", "/interview");
    private static final Map<String, String> FILES = Map.of(
            "/case.yaml",
            "GET, HEAD",
            "/scenario.yaml",
            "GET, HEAD",
            "/report.html",
            "GET, HEAD",
            "/favicon.ico",
            "GET, HEAD");
    private static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    /** How much of a refused body is read and thrown away, so the client hears why. */
    private static final long DRAINED = 1 << 20;

    private final Interviewer interviewer;
    private final Lang defaultLang;
    private final ServeLimits limits;
    private final RateLimit rate;
    private final Set<String> hosts;
    private final PrintWriter debug;

    /** {@code hosts}: the Host headers accepted ({@code null}: any); {@code debug}: where failures are traced. */
    InterviewHandler(
            Interviewer interviewer,
            Lang defaultLang,
            ServeLimits limits,
            RateLimit rate,
            Set<String> hosts,
            PrintWriter debug) {
        this.interviewer = interviewer;
        this.defaultLang = defaultLang;
        this.limits = limits;
        this.rate = rate;
        this.hosts = hosts;
        this.debug = debug;
    }

    @Override
    public void handle(HttpExchange exchange) {
        Lang lang = defaultLang;
        try {
            lang = langOf(exchange);
            send(exchange, answer(exchange, lang));
        } catch (IOException e) {
            trace(e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            trace(e);
            trySend(
                    exchange,
                    ErrorPage.of(
                            lang,
                            500,
                            Messages.of(lang).text("http.500.text", e.getClass().getSimpleName())));
        } finally {
            exchange.close();
        }
    }

    private Reply answer(HttpExchange exchange, Lang lang) throws IOException {
        Messages messages = Messages.of(lang);
        InetSocketAddress client = exchange.getRemoteAddress();
        if (client != null && !rate.allow(client.getAddress())) {
            return ErrorPage.of(lang, 429, messages.text("http.429.text", limits.requestsPerSecond()))
                    .with("Retry-After", "1");
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (hosts != null && host != null && !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return ErrorPage.of(lang, 421, messages.text("http.421.text", String.join(", ", hosts)));
        }
        String address = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getRawQuery());
        if (address.length() > limits.maxAddressChars()) {
            return ErrorPage.of(lang, 414, messages.text("http.414.text", limits.maxAddressChars()));
        }
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        String allowed =
                PAGES.contains(path) ? (path.equals("/interview") ? "GET, HEAD, POST" : "GET, HEAD") : FILES.get(path);
        if (allowed == null) {
            return ErrorPage.of(lang, 404, messages.text("http.404.text", shorten(path)));
        }
        if (!List.of(allowed.split(", ")).contains(method)) {
            return ErrorPage.of(lang, 405, messages.text("http.405.text", shorten(path), shorten(method), allowed))
                    .with("Allow", allowed);
        }
        try {
            if (method.equals("POST")) {
                return submitted(exchange, lang);
            }
            String raw = exchange.getRequestURI().getRawQuery();
            FormData query = FormData.parseSent(raw == null ? new byte[0] : raw.getBytes(StandardCharsets.UTF_8));
            return switch (path) {
                case "/favicon.ico" -> Reply.empty(204);
                case "/case.yaml" -> caseFile(query, lang, false);
                case "/scenario.yaml" -> caseFile(query, lang, true);
                case "/report.html" -> report(query, lang);
                default -> page(query, lang);
            };
        } catch (BadInput e) {
            return ErrorPage.of(
                    lang, 400, messages.text("http.400") + ": " + e.problem().render(lang));
        } catch (InputError e) {
            return ErrorPage.of(
                    lang,
                    400,
                    messages.text("http.400.case") + ": " + e.problem().render(lang));
        } catch (RuleFailure e) {
            return ErrorPage.of(
                    lang, 500, messages.text("http.500.rules", e.problem().render(lang)));
        }
    }

    private Reply page(FormData query, Lang lang) throws BadInput, InputError, RuleFailure {
        View view = View.asked(query);
        Screen screen = interviewer.screen(InterviewState.from(query, lang), view);
        return Reply.html(200, InterviewPage.render(screen), InterviewPage.POLICY);
    }

    private Reply caseFile(FormData query, Lang lang, boolean scenario) throws BadInput, InputError, RuleFailure {
        InterviewState state = InterviewState.from(query, lang);
        String id = CaseYaml.id(CaseYaml.title(state));
        return scenario
                ? Reply.file(
                        "application/yaml; charset=utf-8",
                        interviewer.scenario(state),
                        id + "-scenario.yaml",
                        true,
                        Reply.NOTHING)
                : Reply.file(
                        "application/yaml; charset=utf-8",
                        interviewer.caseFile(state),
                        id + ".yaml",
                        true,
                        Reply.NOTHING);
    }

    private Reply report(FormData query, Lang lang) throws BadInput, InputError, RuleFailure {
        boolean download = query.one("download").map("1"::equals).orElse(false);
        InterviewState state = InterviewState.from(query, lang);
        return Reply.file(
                "text/html; charset=utf-8",
                interviewer.report(state),
                CaseYaml.id(CaseYaml.title(state)) + ".html",
                download,
                REPORT_POLICY);
    }

    /** A form: applied to the state it carries, then the browser is sent to the new state's address. */
    private Reply submitted(HttpExchange exchange, Lang lang) throws IOException, BadInput, RuleFailure {
        Messages messages = Messages.of(lang);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !isForm(type)) {
            return ErrorPage.of(lang, 415, messages.text("http.415.text"));
        }
        byte[] body = body(exchange);
        if (body == null) {
            return ErrorPage.of(lang, 413, messages.text("http.413.text", limits.maxBodyBytes() / 1024));
        }
        FormData form = FormData.parseSent(body);
        Submission submission = Submission.of(form, lang);
        InterviewState before = submission.state();
        View from = submission.from();
        Submission.Result result = submission.apply();
        try {
            if (result instanceof Submission.Refused refused) {
                return refusedPage(before, refused.view(), refused.problem(), form);
            }
            Submission.Moved moved = (Submission.Moved) result;
            if (!moved.state().actors().isEmpty()) {
                try {
                    InterviewCase.read(moved.state());
                } catch (InputError e) {
                    return refusedPage(before, from, e.problem(), form);
                }
            }
            String location = InterviewPage.address(moved.state(), moved.view());
            if (location.length() > limits.maxAddressChars()) {
                return ErrorPage.of(
                        moved.state().lang(),
                        413,
                        Messages.of(moved.state().lang()).text("http.413.address", limits.maxAddressChars()));
            }
            return Reply.redirect(location);
        } catch (InputError e) {
            return ErrorPage.of(
                    before.lang(),
                    400,
                    Messages.of(before.lang()).text("http.400.case") + ": "
                            + e.problem().render(before.lang()));
        }
    }

    private Reply refusedPage(InterviewState state, View view, Message problem, FormData sent)
            throws InputError, RuleFailure {
        Screen screen = interviewer.screen(state, view).refused(problem, sent);
        return Reply.html(400, InterviewPage.render(screen), InterviewPage.POLICY);
    }

    private static boolean isForm(String contentType) {
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/x-www-form-urlencoded")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("charset=")
                    && !parameter.substring(8).replace("\"", "").equals("utf-8")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body, or {@code null} when it is larger than the limit (by its length or by what arrives). A refused body
     * is read and thrown away up to {@link #DRAINED} bytes, so that the client, still sending, gets the answer rather
     * than a reset connection; beyond that the connection is simply closed.
     */
    private byte[] body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try (InputStream in = exchange.getRequestBody()) {
            if (length != null) {
                long declared;
                try {
                    declared = Long.parseLong(length.strip());
                } catch (NumberFormatException e) {
                    return null;
                }
                if (declared > limits.maxBodyBytes()) {
                    if (declared <= DRAINED) {
                        discard(in);
                    }
                    return null;
                }
            }
            byte[] body = in.readNBytes(limits.maxBodyBytes() + 1);
            if (body.length > limits.maxBodyBytes()) {
                discard(in);
                return null;
            }
            return body;
        }
    }

    /**
     * Reads and forgets up to {@link #DRAINED} bytes. Never {@code skip}: the JDK's request stream would skip past
     * its own count of what is left, and then wait for bytes that already came.
     */
    private static void discard(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long left = DRAINED;
        for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0; ) {
            left -= n;
        }
    }

    private Lang langOf(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            Matcher m = LANG.matcher(query);
            if (m.find()) {
                return Lang.byCode(m.group(1)).orElse(Lang.EN);
            }
        }
        String accept = exchange.getRequestHeaders().getFirst("Accept-Language");
        if (accept != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
                    Optional<Lang> named = Lang.byCode(range.getRange().split("-")[0]);
                    if (named.isPresent()) {
                        return named.get();
                    }
                }
            } catch (IllegalArgumentException e) {
                // an unreadable Accept-Language names no language
            }
        }
        return defaultLang;
    }

    private void send(HttpExchange exchange, Reply reply) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", reply.contentType());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        headers.set("Cache-Control", "no-store");
        reply.headers().forEach(headers::set);
        boolean noBody =
                exchange.getRequestMethod().equals("HEAD") || reply.status() == 204 || reply.body().length == 0;
        if (noBody) {
            if (exchange.getRequestMethod().equals("HEAD") && reply.body().length > 0) {
                headers.set("Content-Length", String.valueOf(reply.body().length));
            }
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(reply.status(), reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body());
        }
    }

    private void trySend(HttpExchange exchange, Reply reply) {
        try {
            send(exchange, reply);
        } catch (IOException | RuntimeException e) {
            trace(e);
        }
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
    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
