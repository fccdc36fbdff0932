package dk.samskab.interview;

import static dk.samskab.report.Html.text;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.report.Html;
import dk.samskab.report.HtmlReport;

/**
 * An interview screen as one HTML page: the question ({@link QuestionScreen}; or the actors, the parties' views,
 * or the end) beside the result so far ({@link SoFarPanel}) — warnings, type, roles, the 2×2 chart and the round
 * table — with every answer and a way to change it, and the files to take away. This class lays out the page around
 * them: its head, the language switch, the footer. Plain forms and links, no script and nothing loaded from elsewhere; the state
 * travels in a hidden field and in every link. Every text from the user is escaped.
 */
public final class InterviewPage {

    /** What the page may load and where its forms may go, as the page itself says it. */
    public static final String PAGE_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; " + "base-uri 'none'";

    /** The same, as the server sends it; only a header can also forbid framing the page. */
    public static final String POLICY = PAGE_POLICY + "; frame-ancestors 'none'";

    private static final String CSS = Html.resource(InterviewPage.class, "interview.css");

    private final Screen screen;
    private final InterviewState state;
    private final MessageBundle messages;

    private InterviewPage(Screen screen) {
        this.screen = screen;
        this.state = screen.state();
        this.messages = MessageBundle.of(state.lang());
    }

    public static String render(Screen screen) {
        return new InterviewPage(screen).page();
    }

    /** The page's style sheet: the report's, and the interview's own. */
    public static String css() {
        return HtmlReport.css() + CSS;
    }

    /** The address of the interview at {@code view} ({@code null}: wherever the state leads). */
    public static String address(InterviewState state, View view) {
        String fields = view == null ? "" : View.fields(view);
        return "/interview?" + state.query() + (fields.isEmpty() ? "" : "&" + fields);
    }

    private String page() {
        StringBuilder body = new StringBuilder();
        body.append("<a class=\"skip-link\" href=\"#screen\">")
                .append(text(messages.text("interview.skip-to-screen")))
                .append("</a>\n");
        header(body);
        body.append("<main class=\"interview-main\">\n<div class=\"screen-column\" id=\"screen\" tabindex=\"-1\">\n");
        Invitations.answeringAs(screen, body);
        View view = screen.view();
        if (view instanceof View.Actors) {
            new ActorsScreen(screen).render(body);
        } else if (view instanceof View.Question question) {
            new QuestionScreen(screen, question).render(body);
        } else if (view instanceof View.Perceptions) {
            new PerceptionsScreen(screen).render(body);
        } else {
            new DoneScreen(screen).render(body);
        }
        if (Invitations.offered(screen)) {
            new Invitations(screen).render(body);
        }
        body.append("</div>\n");
        if (screen.explanation() != null) {
            new SoFarPanel(screen).render(body);
        }
        body.append("</main>\n<footer class=\"interview-foot\"><p>")
                .append(text(messages.text("interview.keep-note")))
                .append("</p></footer>\n");
        return document(state.lang(), pageTitle(), body.toString());
    }

    /** A whole page of the interview: its head (policy, styles, title) and {@code body}, already HTML. */
    public static String document(Lang lang, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + PAGE_POLICY + "\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>" + text(title) + "</title>\n<style>\n" + css() + "</style>\n"
                + "</head>\n<body class=\"interview\">\n" + body + "</body>\n</html>\n";
    }

    private String pageTitle() {
        String what = screen.view() instanceof View.Question q
                ? messages.text("question." + q.fact().code())
                : screen.view() instanceof View.Actors
                        ? messages.text("interview.actors.heading")
                        : screen.view() instanceof View.Perceptions
                                ? messages.text("interview.perceptions.heading")
                                : messages.text("interview.done.heading");
        return what + " — samskab " + messages.text("interview.title");
    }

    private void header(StringBuilder html) {
        Lang other = state.lang() == Lang.EN ? Lang.DA : Lang.EN;
        html.append("<header class=\"interview-head\">\n<p class=\"brand\"><strong>samskab</strong> · ")
                .append(text(messages.text("interview.title")))
                .append("</p>\n<nav class=\"tools\"><a class=\"")
                .append("lang-switch\" hreflang=\"")
                .append(other.code())
                .append("\" lang=\"")
                .append(other.code())
                .append("\" href=\"")
                .append(text(address(state.withLang(other), screen.view())))
                .append("\">")
                .append(text(MessageBundle.of(other).text("interview.language")))
                .append("</a> · <a class=\"")
                .append("start-again\" href=\"/?lang=")
                .append(state.lang().code())
                .append("\">")
                .append(text(messages.text("interview.start-again")))
                .append("</a></nav>\n</header>\n");
    }
}
