package dk.samskab.interview;

import static dk.samskab.report.Html.text;

import dk.samskab.model.Fact;
import dk.samskab.report.HtmlReport;
import java.util.stream.Collectors;

/**
 * The result so far, beside every screen: provisional or settled and what could still change it, the report's own
 * summary (warnings, type, roles, chart) from the report model, every answer with a way to change it, and the files
 * to take away.
 */
final class SoFarPanel extends PagePart {

    SoFarPanel(Screen screen) {
        super(screen);
    }

    @Override
    void render(StringBuilder html) {
        html.append("<aside class=\"so-far\" aria-labelledby=\"so-far-title\">\n<h2 id=\"so-far-title\">")
                .append(text(messages.text("interview.so-far")))
                .append("</h2>\n");
        status(html);
        html.append(new HtmlReport(words).soFar(screen.explanation(), "now"));
        answers(html);
        html.append("<h2>").append(text(messages.text("interview.take-away"))).append("</h2>\n");
        takeAway(html);
        html.append("</aside>\n");
    }

    /** Whether the type shown is settled or provisional, and what could still change it. */
    private void status(StringBuilder html) {
        Plan plan = screen.plan();
        html.append("<div class=\"status ")
                .append(plan.settled() ? "settled" : "provisional")
                .append("\" data-settled=\"")
                .append(plan.settled())
                .append("\">\n<p><strong class=\"status-word\">")
                .append(text(messages.text(plan.settled() ? "interview.settled" : "interview.provisional")))
                .append("</strong> — ");
        int left = plan.questions().size() + (plan.perceptions() ? 1 : 0);
        if (plan.settled() && !plan.leftOpenBy().isEmpty()) {
            html.append(text(messages.text(
                    "interview.settled.dont-know", plan.leftOpenBy().size())));
        } else if (plan.settled()) {
            html.append(text(messages.text("interview.settled.text")));
        } else if (!plan.couldChange().isEmpty()) {
            html.append(text(messages.text(
                            "interview.provisional.text", plan.couldChange().size(), left)))
                    .append("</p>\n<ul class=\"could-change\">\n");
            for (Fact fact : plan.couldChange()) {
                html.append("<li data-fact=\"")
                        .append(fact.code())
                        .append("\">")
                        .append(text(answerWords.question(fact)))
                        .append("</li>\n");
            }
            html.append("</ul>\n</div>\n");
            return;
        } else if (!plan.leftOpenBy().isEmpty()) {
            html.append(text(messages.text(
                    "interview.provisional.dont-know", plan.leftOpenBy().size())));
        } else {
            html.append(text(messages.text("interview.provisional.together")));
        }
        html.append("</p>\n</div>\n");
    }

    private void answers(StringBuilder html) {
        html.append("<h2>")
                .append(text(messages.text("interview.answers")))
                .append("</h2>\n<table class=\"")
                .append("answer-table\">\n<tbody>\n<tr data-fact=\"actors\"><th>")
                .append(text(messages.text("interview.actors.heading")))
                .append("</th><td>")
                .append(text(state.actors().stream()
                        .map(a -> a.name() + " (" + kindName(a.kind()) + ")")
                        .collect(Collectors.joining(", "))))
                .append("</td><td>")
                .append(change(new View.Actors()))
                .append("</td></tr>\n");
        for (Fact fact : screen.checked().asked()) {
            String answer = screen.checked().answer(fact);
            html.append("<tr data-fact=\"")
                    .append(fact.code())
                    .append("\" class=\"")
                    .append(InterviewState.DONT_KNOW.equals(answer) ? "dont-know" : "known")
                    .append("\"><th>")
                    .append(text(messages.text("question." + fact.code())))
                    .append("</th><td>")
                    .append(text(answerName(fact, answer)))
                    .append("</td><td>")
                    .append(change(new View.Question(fact, true)))
                    .append("</td></tr>\n");
        }
        if (state.perceptionsAsked()) {
            String seen = state.perceptions().isEmpty()
                    ? messages.text("interview.dont-know")
                    : state.perceptions().stream()
                            .map(p -> p.actor() + ": " + words.type(p.type()))
                            .collect(Collectors.joining("; "));
            html.append("<tr data-fact=\"perceived_types\"><th>")
                    .append(text(messages.text("interview.perceptions.heading")))
                    .append("</th><td>")
                    .append(text(seen))
                    .append("</td><td>")
                    .append(change(new View.Perceptions()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }
}
