package dk.samskab.interview;

import static dk.samskab.report.Html.text;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.model.ActorKind;
import dk.samskab.model.Codes;
import dk.samskab.model.Fact;
import dk.samskab.report.CodeWords;
import dk.samskab.report.Html;
import dk.samskab.report.HtmlReport;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An interview screen as one HTML page: the question (or the actors, the parties' views, or the end) beside the
 * result so far — warnings, type, roles, the 2×2 chart and the round table — with every answer and a way to change
 * it, and the files to take away. Plain forms and links, no script and nothing loaded from elsewhere; the state
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
    private final CodeWords words;
    private final AnswerWords answerWords;

    private InterviewPage(Screen screen) {
        this.screen = screen;
        this.state = screen.state();
        this.messages = MessageBundle.of(state.lang());
        this.words = new CodeWords(state.lang());
        this.answerWords = new AnswerWords(state.lang());
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
        View view = screen.view();
        if (view instanceof View.Actors) {
            actors(body);
        } else if (view instanceof View.Question question) {
            question(body, question);
        } else if (view instanceof View.Perceptions) {
            perceptions(body);
        } else {
            done(body);
        }
        body.append("</div>\n");
        if (screen.explanation() != null) {
            soFar(body);
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

    // --- the screens ------------------------------------------------------------------------------------------

    private void actors(StringBuilder html) {
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

    private void question(StringBuilder html, View.Question question) {
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
        html.append("</fieldset>\n<p class=\"buttons\"><button type=\"submit\" name=\"do\" value=\"answer\" ")
                .append("class=\"primary answer\">")
                .append(text(messages.text("interview.answer")))
                .append("</button> <button type=\"submit\" name=\"do\" value=\"dont-know\" class=\"dont-know\" ")
                .append("formnovalidate>")
                .append(text(messages.text("interview.dont-know")))
                .append("</button> ");
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

    private void perceptions(StringBuilder html) {
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
        html.append("</tbody>\n</table>\n</fieldset>\n<p class=\"buttons\"><button type=\"submit\" name=\"do\" ")
                .append("value=\"perceptions\" class=\"primary answer\">")
                .append(text(messages.text("interview.answer")))
                .append("</button> <button type=\"submit\" name=\"do\" value=\"perceptions-dont-know\" ")
                .append("class=\"dont-know\">")
                .append(text(messages.text("interview.dont-know")))
                .append("</button> ");
        back(html, lastAnswered());
        html.append("</p>\n</form>\n</section>\n");
    }

    private void done(StringBuilder html) {
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
                            .append(text(address(state, new View.Question(fact, true))))
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
                .append(text(address(state, new View.Actors())))
                .append("\">")
                .append(text(messages.text("interview.change-actors")))
                .append("</a></p>\n</section>\n");
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

    // --- the result so far --------------------------------------------------------------------------------

    private void soFar(StringBuilder html) {
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

    private String change(View view) {
        return "<a class=\"change\" href=\"" + text(address(state, view)) + "\">"
                + text(messages.text("interview.change")) + "</a>";
    }

    private void takeAway(StringBuilder html) {
        String query = state.query();
        html.append("<ul class=\"take-away\">\n")
                .append(link("download-case", "/case.yaml?" + query, "interview.download-case", true))
                .append(link("download-scenario", "/scenario.yaml?" + query, "interview.download-scenario", true))
                .append(link("open-report", "/report.html?" + query, "interview.open-report", false))
                .append(link(
                        "download-report", "/report.html?" + query + "&download=1", "interview.download-report", true))
                .append("</ul>\n");
    }

    private String link(String cls, String href, String label, boolean download) {
        return "<li><a class=\"" + cls + "\" href=\"" + text(href) + "\"" + (download ? " download" : "") + ">"
                + text(messages.text(label)) + "</a></li>\n";
    }

    // --- pieces -----------------------------------------------------------------------------------------------

    private void hiddenState(StringBuilder html) {
        html.append("<input type=\"hidden\" name=\"state\" value=\"")
                .append(text(state.query()))
                .append("\">");
    }

    private void explain(StringBuilder html, String explanation, String section) {
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

    private void problem(StringBuilder html) {
        if (screen.problem() != null) {
            html.append("<p class=\"problem\" id=\"problem\" role=\"alert\">")
                    .append(text(screen.problem().render(state.lang())))
                    .append("</p>\n");
        }
    }

    private void back(StringBuilder html, View to) {
        html.append("<a class=\"back\" href=\"")
                .append(text(address(state, to)))
                .append("\">")
                .append(text(messages.text("interview.back")))
                .append("</a>");
    }

    /** Back from a question: to the answer given before it, or to the actors. */
    private View backFrom(View.Question question) {
        List<Fact> asked =
                screen.checked() == null ? List.of() : screen.checked().asked();
        int at = asked.indexOf(question.fact());
        if (at < 0) {
            return lastAnswered();
        }
        return at == 0 ? new View.Actors() : new View.Question(asked.get(at - 1), true);
    }

    private View lastAnswered() {
        List<Fact> asked =
                screen.checked() == null ? List.of() : screen.checked().asked();
        return asked.isEmpty() ? new View.Actors() : new View.Question(asked.get(asked.size() - 1), true);
    }

    private String kindName(String kind) {
        return answerWords.kind(kind);
    }

    private String valueName(Fact fact, String value) {
        return answerWords.value(fact, value);
    }

    private String answerName(Fact fact, String answer) {
        return answerWords.answer(fact, answer);
    }
}
