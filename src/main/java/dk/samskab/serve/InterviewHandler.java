package dk.samskab.serve;

import dk.samskab.engine.RuleFailure;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.interview.BadInput;
import dk.samskab.interview.CaseYaml;
import dk.samskab.interview.FormData;
import dk.samskab.interview.InterviewPage;
import dk.samskab.interview.InterviewState;
import dk.samskab.interview.Interviewer;
import dk.samskab.interview.Screen;
import dk.samskab.interview.View;
import dk.samskab.text.InputError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Request;

/**
 * The interview's answers: {@code /} and {@code /interview} (GET a screen; a POSTed form goes to {@link FormPost})
 * and the files to take away ({@code /case.yaml}, {@code /scenario.yaml}, {@code /report.html}); which paths and
 * methods there are is {@link InterviewRoutes}'s. Nothing here reads or writes a file: no rules
 * can be sent, changed or fetched. The request has passed the {@link Front}'s checks (rate, Host, address length)
 * before it gets here; anything malformed gets a page saying what is wrong, in the user's language.
 */
final class InterviewHandler {

    private static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final FormPost forms;

    InterviewHandler(ServeLimits limits) {
        this.forms = new FormPost(limits);
    }

    /** Whether {@code path} is one of the interview's. */
    static boolean serves(String path) {
        return InterviewRoutes.serves(path);
    }

    /** The answer to a request for one of the interview's paths, with the rules being served now. */
    Reply answer(Request request, String path, Lang lang, Interviewer interviewer) throws IOException {
        MessageBundle messages = MessageBundle.of(lang);
        String method = request.getMethod();
        Reply refused = InterviewRoutes.refused(path, method, lang);
        if (refused != null) {
            return refused;
        }
        try {
            if (method.equals("POST")) {
                return forms.answer(request, lang, interviewer);
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
}
