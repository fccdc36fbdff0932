package dk.samskab.serve;

import static dk.samskab.report.Html.text;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.interview.InterviewPage;

/** A refused or failed request as a short page in the user's language, with the way back to the start. */
final class ErrorPage {

    private ErrorPage() {}

    static Reply of(Lang lang, int status, String detail) {
        MessageBundle messages = MessageBundle.of(lang);
        String title = messages.text(messages.has("http." + status) ? "http." + status : "http.400");
        String html = InterviewPage.document(
                lang,
                messages.text("http.error-title", status, title),
                "<main class=\"error-page\" data-status=\"" + status + "\">\n<h1>" + text(title) + "</h1>\n"
                        + "<p class=\"problem\" role=\"alert\">" + text(detail) + "</p>\n<p><a class=\"start-again\" "
                        + "href=\"/?lang=" + lang.code() + "\">" + text(messages.text("http.back-to-start"))
                        + "</a></p>\n</main>\n");
        return Reply.html(status, html, InterviewPage.POLICY);
    }
}
