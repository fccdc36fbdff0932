package dk.samskab.interview;

import static dk.samskab.report.Html.text;

import dk.samskab.model.Codes;

/** The screen that asks how each party sees the process, as one of the four types. */
final class PerceptionsScreen extends PagePart {

    PerceptionsScreen(Screen screen) {
        super(screen);
    }

    @Override
    void render(StringBuilder html) {
        html.append("<section class=\"screen screen-perceptions\" data-step=\"perceptions\">\n")
                .append("<form method=\"post\" action=\"/interview\" class=\"perceptions-form\">\n");
        hiddenState(html);
        html.append("<fieldset class=\"choices\">\n<legend><h1 class=\"question-text\">")
                .append(text(messages.text("interview.perceptions.heading")))
                .append("</h1></legend>\n");
        explain(html, "interview.perceptions.explain", "interview.perceptions.section");
        problem(html);
        html.append("<table class=\"perception-table\">\n<tbody>\n");
        for (int i = 0; i < state.actors().size(); i++) {
            InterviewState.ActorEntry actor = state.actors().get(i);
            String seen = state.perceptions().stream()
                    .filter(p -> p.actor().equals(actor.name()))
                    .map(InterviewState.Perception::type)
                    .findFirst()
                    .orElse(InterviewState.DONT_KNOW);
            html.append("<tr><td><label for=\"seen-")
                    .append(i)
                    .append("\">")
                    .append(text(actor.name()))
                    .append("</label></td><td><select id=\"seen-")
                    .append(i)
                    .append("\" name=\"seen.")
                    .append(i)
                    .append("\">\n<option value=\"")
                    .append(InterviewState.DONT_KNOW)
                    .append("\">")
                    .append(text(messages.text("interview.dont-know")))
                    .append("</option>\n");
            for (String type : Codes.CO_CREATION_TYPES) {
                html.append("<option value=\"")
                        .append(type)
                        .append('"')
                        .append(type.equals(seen) ? " selected" : "")
                        .append('>')
                        .append(text(words.type(type)))
                        .append("</option>\n");
            }
            html.append("</select></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</fieldset>\n");
        answerButtons(html, "perceptions", "perceptions-dont-know");
        back(html, lastAnswered());
        html.append("</p>\n</form>\n</section>\n");
    }
}
