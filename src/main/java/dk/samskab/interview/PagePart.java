package dk.samskab.interview;

import static dk.samskab.report.Html.text;

import dk.samskab.i18n.MessageBundle;
import dk.samskab.model.Fact;
import dk.samskab.report.CodeWords;
import java.util.List;

/**
 * A part of an interview page and what every part shares: the screen it shows, the words of its language, and the
 * pieces each screen uses — the state as a hidden field, a question's explanation and article section, the problem
 * with the last answer, Back, the links to change an answer and the files to take away.
 */
abstract class PagePart {

    final Screen screen;
    final InterviewState state;
    final MessageBundle messages;
    final CodeWords words;
    final AnswerWords answerWords;

    PagePart(Screen screen) {
        this.screen = screen;
        this.state = screen.state();
        this.messages = MessageBundle.of(state.lang());
        this.words = new CodeWords(state.lang());
        this.answerWords = new AnswerWords(state.lang());
    }

    /** Appends this part of the page to {@code html}. */
    abstract void render(StringBuilder html);

    /**
     * Opens the row of buttons under a question: Answer and "Don't know" (which needs no field filled), sent as
     * {@code do=answer} and {@code do=dontKnow}; the caller adds what else the row holds and closes it.
     */
    void answerButtons(StringBuilder html, String answer, String dontKnow) {
        html.append("<p class=\"buttons\"><button type=\"submit\" name=\"do\" value=\"")
                .append(answer)
                .append("\" class=\"primary answer\">")
                .append(text(messages.text("interview.answer")))
                .append("</button> <button type=\"submit\" name=\"do\" value=\"")
                .append(dontKnow)
                .append("\" class=\"dont-know\" formnovalidate>")
                .append(text(messages.text("interview.dont-know")))
                .append("</button> ");
    }

    void hiddenState(StringBuilder html) {
        html.append("<input type=\"hidden\" name=\"state\" value=\"")
                .append(text(state.query()))
                .append("\">");
    }

    void explain(StringBuilder html, String explanation, String section) {
        html.append("<p class=\"explain\">")
                .append(text(messages.text(explanation)))
                .append("</p>\n")
                .append("<p class=\"article-section\">")
                .append(text(messages.text("interview.from-article")))
                .append(' ');
        List<String> sections = List.of(messages.text(section).split(" · "));
        for (int i = 0; i < sections.size(); i++) {
            html.append(i == 0 ? "" : " · ")
                    .append("<cite lang=\"da\">")
                    .append(text(sections.get(i)))
                    .append("</cite>");
        }
        html.append("</p>\n");
    }

    void problem(StringBuilder html) {
        if (screen.problem() != null) {
            html.append("<p class=\"problem\" id=\"problem\" role=\"alert\">")
                    .append(text(screen.problem().render(state.lang())))
                    .append("</p>\n");
        }
    }

    void back(StringBuilder html, View to) {
        html.append("<a class=\"back\" href=\"")
                .append(text(InterviewPage.address(state, to)))
                .append("\">")
                .append(text(messages.text("interview.back")))
                .append("</a>");
    }

    /** Back from a question: to the answer given before it, or to the actors. */
    View backFrom(View.Question question) {
        List<Fact> asked =
                screen.checked() == null ? List.of() : screen.checked().asked();
        int at = asked.indexOf(question.fact());
        if (at < 0) {
            return lastAnswered();
        }
        return at == 0 ? new View.Actors() : new View.Question(asked.get(at - 1), true);
    }

    View lastAnswered() {
        List<Fact> asked =
                screen.checked() == null ? List.of() : screen.checked().asked();
        return asked.isEmpty() ? new View.Actors() : new View.Question(asked.get(asked.size() - 1), true);
    }

    String change(View view) {
        return "<a class=\"change\" href=\"" + text(InterviewPage.address(state, view)) + "\">"
                + text(messages.text("interview.change")) + "</a>";
    }

    void takeAway(StringBuilder html) {
        String query = state.query();
        html.append("<ul class=\"take-away\">\n")
                .append(link("download-case", "/case.yaml?" + query, "interview.download-case", true))
                .append(link("download-scenario", "/scenario.yaml?" + query, "interview.download-scenario", true))
                .append(link("open-report", "/report.html?" + query, "interview.open-report", false))
                .append(link(
                        "download-report", "/report.html?" + query + "&download=1", "interview.download-report", true))
                .append("</ul>\n");
    }

    String link(String cls, String href, String label, boolean download) {
        return "<li><a class=\"" + cls + "\" href=\"" + text(href) + "\"" + (download ? " download" : "") + ">"
                + text(messages.text(label)) + "</a></li>\n";
    }

    String kindName(String kind) {
        return answerWords.kind(kind);
    }

    String valueName(Fact fact, String value) {
        return answerWords.value(fact, value);
    }

    String answerName(Fact fact, String answer) {
        return answerWords.answer(fact, answer);
    }
}
