package dk.samskab.interview;

import static dk.samskab.report.Html.text;

import dk.samskab.model.Fact;
import java.util.List;

/** One question: its answers, "don't know", Back, and for an optional check "Show the result now". */
final class QuestionScreen extends PagePart {

    private final View.Question question;

    QuestionScreen(Screen screen, View.Question question) {
        super(screen);
        this.question = question;
    }

    @Override
    void render(StringBuilder html) {
        Fact fact = question.fact();
        String current = screen.checked() == null ? null : screen.checked().answer(fact);
        html.append("<section class=\"screen screen-question\" data-step=\"question\" data-fact=\"")
                .append(fact.code())
                .append("\" data-again=\"")
                .append(question.again())
                .append("\">\n");
        progress(html, question);
        boolean optional =
                !question.again() && screen.plan() != null && screen.plan().isOptional(fact);
        if (optional) {
            html.append("<p class=\"optional-note\">")
                    .append(text(messages.text(
                            "interview.optional", screen.plan().checks().size())))
                    .append("</p>\n");
        }
        html.append("<form method=\"post\" action=\"/interview\" class=\"question-form\">\n");
        hiddenState(html);
        html.append("<input type=\"hidden\" name=\"fact\" value=\"")
                .append(fact.code())
                .append("\">\n")
                .append("<fieldset class=\"choices\">\n<legend><h1 class=\"question-text\">")
                .append(text(messages.text("question." + fact.code())))
                .append("</h1></legend>\n");
        explain(html, "interview.explain." + fact.code(), "interview.section." + fact.code());
        problem(html);
        html.append("<ul class=\"options\">\n");
        List<String> chosen = current == null || InterviewState.DONT_KNOW.equals(current)
                ? List.of()
                : fact.kind() == Fact.Kind.LIST ? List.of(current.split(",", -1)) : List.of(current);
        boolean first = true;
        for (String value : fact.allowed()) {
            String id = "answer-" + value;
            html.append("<li><input type=\"")
                    .append(fact.kind() == Fact.Kind.LIST ? "checkbox" : "radio")
                    .append("\" id=\"")
                    .append(id)
                    .append("\" name=\"answer\" value=\"")
                    .append(value)
                    .append('"')
                    .append(chosen.contains(value) ? " checked" : "")
                    .append(first && fact.kind() != Fact.Kind.LIST ? " required" : "")
                    .append(first ? " autofocus" : "")
                    .append(screen.problem() != null ? " aria-invalid=\"true\" aria-describedby=\"problem\"" : "")
                    .append("><label for=\"")
                    .append(id)
                    .append("\">")
                    .append(text(valueName(fact, value)))
                    .append("</label></li>\n");
            first = false;
        }
        html.append("</ul>\n");
        if (fact.kind() == Fact.Kind.LIST) {
            html.append("<p class=\"hint\">")
                    .append(text(messages.text("interview.list-hint")))
                    .append("</p>\n");
        }
        html.append("</fieldset>\n");
        answerButtons(html, "answer", "dont-know");
        if (optional) {
            html.append("<button type=\"submit\" name=\"do\" value=\"skip-checks\" class=\"skip-checks\" ")
                    .append("formnovalidate>")
                    .append(text(messages.text("interview.skip-checks")))
                    .append("</button> ");
        }
        back(html, backFrom(question));
        html.append("</p>\n</form>\n</section>\n");
    }

    private void progress(StringBuilder html, View.Question question) {
        html.append("<p class=\"progress\">");
        if (question.again()) {
            html.append(text(messages.text("interview.changing")));
        } else {
            int asked = screen.checked() == null ? 0 : screen.checked().asked().size();
            Plan plan = screen.plan();
            int left = plan.questions().size() + (plan.perceptions() ? 1 : 0);
            html.append(text(messages.text("interview.progress", asked + 1, asked + Math.max(left, 1))));
        }
        html.append("</p>\n");
    }
}
