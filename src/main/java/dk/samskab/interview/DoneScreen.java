package dk.samskab.interview;

import static dk.samskab.report.Html.text;

import dk.samskab.model.Codes;
import dk.samskab.model.Fact;

/**
 * The end: the type, whether it is settled, and — when "don't know" answers leave it open — those answers by their
 * question, each a link to answer it.
 */
final class DoneScreen extends PagePart {

    DoneScreen(Screen screen) {
        super(screen);
    }

    @Override
    void render(StringBuilder html) {
        InterviewCase checked = screen.checked();
        Plan plan = screen.plan();
        int dontKnow = checked.dontKnow().size();
        int answered = checked.asked().size() - dontKnow;
        String type = screen.explanation().type();
        boolean closed = plan.settled() && plan.leftOpenBy().isEmpty();
        html.append("<section class=\"screen screen-done\" data-step=\"done\" data-type=\"")
                .append(text(type))
                .append("\" data-settled=\"")
                .append(plan.settled())
                .append("\">\n<h1 tabindex=\"-1\" autofocus>")
                .append(text(messages.text(closed ? "interview.done.settled" : "interview.done.heading")))
                .append("</h1>\n<p class=\"type-line\">")
                .append(text(messages.text("report.type")))
                .append(": <strong>")
                .append(text(words.type(type)))
                .append("</strong></p>\n<p class=\"done-summary\">")
                .append(text(messages.text("interview.done.text", answered, dontKnow)))
                .append("</p>\n");
        if (!closed) {
            html.append("<div class=\"left-open\">\n<p>");
            if (!plan.leftOpenBy().isEmpty()) {
                html.append(text(messages.text(
                                Codes.UNDETERMINED.equals(type)
                                        ? "interview.done.undetermined-because"
                                        : "interview.done.open-because",
                                plan.leftOpenBy().size())))
                        .append("</p>\n<ul class=\"left-open-by\">\n");
                for (Fact fact : plan.leftOpenBy()) {
                    html.append("<li data-fact=\"")
                            .append(fact.code())
                            .append("\"><a href=\"")
                            .append(text(InterviewPage.address(state, new View.Question(fact, true))))
                            .append("\">")
                            .append(text(answerWords.question(fact)))
                            .append("</a></li>\n");
                }
                html.append("</ul>\n");
            } else {
                html.append(text(messages.text("interview.done.open-together"))).append("</p>\n");
            }
            html.append("</div>\n");
        }
        if (state.checksSkipped() && !plan.checks().isEmpty()) {
            html.append("<p class=\"checks-skipped\">")
                    .append(text(messages.text(
                            "interview.done.checks-skipped", plan.checks().size())))
                    .append("</p>\n");
        }
        takeAway(html);
        html.append("<p class=\"buttons\">");
        back(html, state.perceptionsAsked() ? new View.Perceptions() : lastAnswered());
        html.append(" <a class=\"change-actors\" href=\"")
                .append(text(InterviewPage.address(state, new View.Actors())))
                .append("\">")
                .append(text(messages.text("interview.change-actors")))
                .append("</a></p>\n</section>\n");
    }
}
