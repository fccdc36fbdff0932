package dk.samskab.serve;

import dk.samskab.engine.RuleFailure;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.Message;
import dk.samskab.i18n.MessageBundle;
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
import dk.samskab.text.InputError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.Request;

/**
 * The interview's routes: {@code /} and {@code /interview} (GET a screen, POST a form) and the files to take away
 * ({@code /case.yaml}, {@code /scenario.yaml}, {@code /report.html}). Nothing here reads or writes a file: no rules
 * can be sent, changed or fetched. The request has passed the {@link Front}'s checks (rate, Host, address length)
 * before it gets here; anything malformed gets a page saying what is wrong, in the user's language.
 */
final class InterviewHandler {

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

    private final ServeLimits limits;

    InterviewHandler(ServeLimits limits) {
        this.limits = limits;
    }

    /** Whether {@code path} is one of the interview's. */
    static boolean serves(String path) {
        return PAGES.contains(path) || FILES.containsKey(path);
    }

    /** The answer to a request for one of the interview's paths, with the rules being served now. */
    Reply answer(Request request, String path, Lang lang, Interviewer interviewer) throws IOException {
        MessageBundle messages = MessageBundle.of(lang);
        String method = request.getMethod();
        String allowed =
                PAGES.contains(path) ? (path.equals("/interview") ? "GET, HEAD, POST" : "GET, HEAD") : FILES.get(path);
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
        try {
            if (method.equals("POST")) {
                return submitted(request, lang, interviewer);
            }
            String raw = request.getHttpURI().getQuery();
            FormData query = FormData.parseSent(raw == null ? new byte[0] : raw.getBytes(StandardCharsets.UTF_8));
            return switch (path) {
                case "/favicon.ico" -> Reply.empty(204);
                case "/case.yaml" -> caseFile(interviewer, query, lang, false);
                case "/scenario.yaml" -> caseFile(interviewer, query, lang, true);
                case "/report.html" -> report(interviewer, query, lang);
                default -> page(interviewer, query, lang);
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

    private Reply page(Interviewer interviewer, FormData query, Lang lang) throws BadInput, InputError, RuleFailure {
        View view = View.asked(query);
        Screen screen = interviewer.screen(InterviewState.from(query, lang), view);
        return Reply.html(200, InterviewPage.render(screen), InterviewPage.POLICY);
    }

    private Reply caseFile(Interviewer interviewer, FormData query, Lang lang, boolean scenario)
            throws BadInput, InputError, RuleFailure {
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

    private Reply report(Interviewer interviewer, FormData query, Lang lang) throws BadInput, InputError, RuleFailure {
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
    private Reply submitted(Request request, Lang lang, Interviewer interviewer)
            throws IOException, BadInput, RuleFailure {
        MessageBundle messages = MessageBundle.of(lang);
        String type = request.getHeaders().get("Content-Type");
        if (type == null || !isForm(type)) {
            return ErrorPage.of(lang, 415, messages.text("http.415.text"));
        }
        byte[] body = Bodies.read(request, limits.maxBodyBytes());
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
                return refusedPage(interviewer, before, refused.view(), refused.problem(), form);
            }
            Submission.Moved moved = (Submission.Moved) result;
            if (!moved.state().actors().isEmpty()) {
                try {
                    InterviewCase.read(moved.state());
                } catch (InputError e) {
                    return refusedPage(interviewer, before, from, e.problem(), form);
                }
            }
            String location = InterviewPage.address(moved.state(), moved.view());
            if (location.length() > limits.maxAddressChars()) {
                return ErrorPage.of(
                        moved.state().lang(),
                        413,
                        MessageBundle.of(moved.state().lang()).text("http.413.address", limits.maxAddressChars()));
            }
            return Reply.redirect(location);
        } catch (InputError e) {
            return ErrorPage.of(
                    before.lang(),
                    400,
                    MessageBundle.of(before.lang()).text("http.400.case") + ": "
                            + e.problem().render(before.lang()));
        }
    }

    private Reply refusedPage(Interviewer interviewer, InterviewState state, View view, Message problem, FormData sent)
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
}
