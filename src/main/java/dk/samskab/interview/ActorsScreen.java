package dk.samskab.interview;

import static dk.samskab.report.Html.text;

import dk.samskab.model.ActorKind;

/** The first screen: the process's name and the actors taking part, entered one at a time. */
final class ActorsScreen extends PagePart {

    ActorsScreen(Screen screen) {
        super(screen);
    }

    @Override
    void render(StringBuilder html) {
        html.append("<section class=\"screen screen-actors\" data-step=\"actors\">\n<h1>")
                .append(text(messages.text("interview.actors.heading")))
                .append("</h1>\n");
        explain(html, "interview.actors.explain", "interview.actors.section");
        problem(html);
        if (state.actors().isEmpty()) {
            html.append("<p class=\"no-actors\">")
                    .append(text(messages.text("interview.no-actors")))
                    .append("</p>\n");
        } else {
            html.append("<table class=\"actor-table\">\n<thead><tr><th>")
                    .append(text(messages.text("html.actor")))
                    .append("</th><th>")
                    .append(text(messages.text("interview.actor-kind")))
                    .append("</th><th></th></tr>")
                    .append("</thead>\n<tbody>\n");
            for (int i = 0; i < state.actors().size(); i++) {
                InterviewState.ActorEntry actor = state.actors().get(i);
                html.append("<tr class=\"actor\" data-kind=\"")
                        .append(text(actor.kind()))
                        .append("\"><td>")
                        .append(text(actor.name()))
                        .append("</td><td>")
                        .append(text(kindName(actor.kind())))
                        .append("</td><td><form method=\"post\" action=\"/interview\">");
                hiddenState(html);
                html.append("<input type=\"hidden\" name=\"actor\" value=\"")
                        .append(i)
                        .append("\">")
                        .append("<button type=\"submit\" name=\"do\" value=\"remove-actor\" class=\"remove-actor\">")
                        .append(text(messages.text("interview.remove-actor")))
                        .append("</button></form></td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("<form method=\"post\" action=\"/interview\" class=\"actors-form\">\n");
        hiddenState(html);
        String title = screen.typed().all("title").stream().findFirst().orElse(state.title());
        html.append("<p class=\"field\"><label for=\"title\">")
                .append(text(messages.text("interview.case-title")))
                .append("</label><input type=\"text\" id=\"title\" name=\"title\" maxlength=\"200\" value=\"")
                .append(text(title))
                .append("\" placeholder=\"")
                .append(text(messages.text("interview.default-title")))
                .append("\"></p>\n<fieldset class=\"new-actor\">\n<legend>")
                .append(text(messages.text("interview.new-actor")))
                .append("</legend>\n<p class=\"field\"><label ")
                .append("for=\"actor-name\">")
                .append(text(messages.text("interview.actor-name")))
                .append("</label><input type=\"text\" id=\"actor-name\" name=\"actor-name\" maxlength=\"200\" ")
                .append(screen.problem() != null ? "aria-invalid=\"true\" aria-describedby=\"problem\" " : "")
                .append("autofocus value=\"")
                .append(text(
                        screen.typed().all("actor-name").stream().findFirst().orElse("")))
                .append("\"></p>\n")
                .append("<p class=\"field\"><label for=\"actor-kind\">")
                .append(text(messages.text("interview.actor-kind")))
                .append("</label><select id=\"actor-kind\" name=\"actor-kind\">\n");
        String typedKind = screen.typed().all("actor-kind").stream().findFirst().orElse(nextKind());
        kindGroup(html, "interview.public-kinds", true, typedKind);
        kindGroup(html, "interview.non-public-kinds", false, typedKind);
        html.append("</select></p>\n<p class=\"buttons\"><button type=\"submit\" name=\"do\" value=\"add-actor\" ")
                .append("class=\"add-actor\">")
                .append(text(messages.text("interview.add-actor")))
                .append("</button></p>\n</fieldset>\n<p class=\"buttons\"><button type=\"submit\" name=\"do\" ")
                .append("value=\"start\" class=\"primary start\">")
                .append(text(messages.text(state.answers().isEmpty() ? "interview.start" : "interview.continue")))
                .append("</button></p>\n</form>\n</section>\n");
    }

    /**
     * The kind the list starts at: the municipality for the first actor; after that the kind of the last non-public
     * actor entered, or the first non-public kind when only public actors are in.
     */
    private String nextKind() {
        if (state.actors().isEmpty()) {
            return ActorKind.MUNICIPALITY.code();
        }
        for (int i = state.actors().size() - 1; i >= 0; i--) {
            String kind = state.actors().get(i).kind();
            if (ActorKind.byCode(kind).map(k -> !k.isPublicActor()).orElse(false)) {
                return kind;
            }
        }
        return ActorKind.CITIZEN.code();
    }

    private void kindGroup(StringBuilder html, String label, boolean publicKinds, String typed) {
        html.append("<optgroup label=\"").append(text(messages.text(label))).append("\">\n");
        for (ActorKind kind : ActorKind.values()) {
            if (kind.isPublicActor() == publicKinds) {
                html.append("<option value=\"")
                        .append(kind.code())
                        .append('"')
                        .append(kind.code().equals(typed) ? " selected" : "")
                        .append('>')
                        .append(text(kindName(kind.code())))
                        .append("</option>\n");
            }
        }
        html.append("</optgroup>\n");
    }
}
