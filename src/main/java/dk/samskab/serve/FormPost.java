package dk.samskab.serve;

import dk.samskab.engine.RuleFailure;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.Message;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.interview.BadInput;
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
import java.util.Locale;
import org.eclipse.jetty.server.Request;

/**
 * A form posted to {@code /interview}: a form's content type (UTF-8), its body read within the limit ({@link
 * Bodies}), applied to the state it carries ({@link Submission}); then the browser is sent to the new state's
 * address, or shown the same screen again saying what is wrong with the answer.
 */
final class FormPost {

    private final ServeLimits limits;

    FormPost(ServeLimits limits) {
        this.limits = limits;
    }

    /** A form: applied to the state it carries, then the browser is sent to the new state's address. */
    Reply answer(Request request, Lang lang, Interviewer interviewer) throws IOException, BadInput, RuleFailure {
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
