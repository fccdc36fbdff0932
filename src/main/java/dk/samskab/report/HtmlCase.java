package dk.samskab.report;

import static dk.samskab.report.Html.text;

import dk.samskab.explain.AxisView;
import dk.samskab.explain.Because;
import dk.samskab.explain.Explanation;
import dk.samskab.explain.FactValue;
import dk.samskab.explain.Flip;
import dk.samskab.explain.Perception;
import dk.samskab.explain.RoleView;
import dk.samskab.explain.UnknownFact;
import dk.samskab.explain.WarningView;
import dk.samskab.explain.WhyNot;
import dk.samskab.model.Actor;
import dk.samskab.model.Axis;
import dk.samskab.model.Fact;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One case as an HTML {@code article}: the replay verdict, the warnings first, the type, the 2×2 chart and the round
 * table, the chain from the facts to the result, the unknown facts as questions, why not the other types, what
 * would change it, the facts given and the reproducibility stamp. It presents what the {@link Explanation} says.
 */
final class HtmlCase {

    private final Words words;
    private final int level;

    /** {@code level} is the heading level of the case's title: 1 alone on a page, 2 under an overview. */
    HtmlCase(Words words, int level) {
        this.words = words;
        this.level = level;
    }

    String render(ReportEntry entry, String anchor, boolean linkBack) {
        StringBuilder html = new StringBuilder();
        Explanation e = entry.explanation();
        String type = e == null ? "error" : e.type();
        html.append("<article class=\"case t-")
                .append(text(type))
                .append("\" id=\"")
                .append(text(anchor))
                .append("\" data-case=\"")
                .append(text(entry.id()))
                .append("\" data-type=\"")
                .append(text(type))
                .append("\">\n");
        head(html, entry);
        if (entry.check() != null) {
            check(html, entry.check());
        }
        if (e != null) {
            warnings(html, e.warnings(), anchor);
            result(html, e);
            figures(html, e, anchor);
            chain(html, e);
            questions(html, e, anchor);
            whyNot(html, e);
            flips(html, e);
            perceptions(html, e);
            facts(html, e);
            stamp(html, e);
        }
        if (linkBack) {
            html.append("<p class=\"back\"><a href=\"#overview\">")
                    .append(text(words.text("html.back")))
                    .append("</a></p>\n");
        }
        html.append("</article>\n");
        return html.toString();
    }

    /** The result alone — warnings, type and roles, the 2×2 chart and the round table — for a page of its own. */
    String renderSummary(Explanation e, String anchor) {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"case-summary t-")
                .append(text(e.type()))
                .append("\" data-type=\"")
                .append(text(e.type()))
                .append("\">\n");
        warnings(html, e.warnings(), anchor);
        result(html, e);
        figures(html, e, anchor);
        html.append("</div>\n");
        return html.toString();
    }

    private String h(int below) {
        return "h" + Math.min(6, level + below);
    }

    private void heading(StringBuilder html, String cls, String title) {
        html.append('<')
                .append(h(1))
                .append(" class=\"")
                .append(cls)
                .append("\">")
                .append(text(title))
                .append("</")
                .append(h(1))
                .append(">\n");
    }

    private void head(StringBuilder html, ReportEntry entry) {
        html.append("<header class=\"case-head\">\n");
        if (entry.check() != null) {
            String verdict = entry.check().verdict();
            html.append("<p class=\"verdict verdict-")
                    .append(text(verdict.toLowerCase(java.util.Locale.ROOT)))
                    .append("\">")
                    .append(text(verdict))
                    .append("</p>\n");
        }
        String title = entry.title() != null ? entry.title() : entry.file().toString();
        html.append('<')
                .append(h(0))
                .append(" class=\"case-title\">")
                .append(text(title))
                .append("</")
                .append(h(0))
                .append(">\n<p class=\"case-meta\">");
        if (entry.id() != null) {
            html.append("<code class=\"case-id\">").append(text(entry.id())).append("</code> · ");
        }
        html.append("<span class=\"case-file\">")
                .append(text(entry.file().toString().replace('\\', '/')))
                .append("</span></p>\n");
        Explanation e = entry.explanation();
        if (e != null && e.source().source() != null) {
            html.append("<p class=\"case-source\">")
                    .append(text(words.text("html.source")))
                    .append(": ")
                    .append(text(e.source().source()))
                    .append("</p>\n");
        }
        if (e != null
                && e.source().description() != null
                && !e.source().description().isBlank()) {
            for (String paragraph : e.source().description().strip().split("\\n\\s*\\n")) {
                html.append("<p class=\"case-description\">")
                        .append(text(paragraph.strip().replaceAll("\\s*\\n\\s*", " ")))
                        .append("</p>\n");
            }
        }
        html.append("</header>\n");
    }

    private void check(StringBuilder html, ReportEntry.Check check) {
        if (check.differences().isEmpty() && check.changes().isEmpty()) {
            return;
        }
        html.append("<section class=\"differences\">\n");
        if (!check.differences().isEmpty()) {
            heading(
                    html,
                    "differences-title",
                    words.text("ERROR".equals(check.verdict()) ? "html.error" : "html.differences"));
            list(html, "difference", check.differences());
        }
        if (!check.changes().isEmpty()) {
            heading(
                    html,
                    "changes-title",
                    Html.capitalised(words.text("replay.changed"), words.lang().locale()));
            list(html, "change", check.changes());
        }
        html.append("</section>\n");
    }

    private static void list(StringBuilder html, String cls, List<String> lines) {
        html.append("<ul>\n");
        for (String line : lines) {
            html.append("<li class=\"")
                    .append(cls)
                    .append("\">")
                    .append(text(line))
                    .append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void warnings(StringBuilder html, List<WarningView> warnings, String anchor) {
        if (warnings.isEmpty()) {
            html.append("<p class=\"no-warnings\">")
                    .append(text(words.text("report.warnings")))
                    .append(": ")
                    .append(text(words.text("report.no-warnings")))
                    .append("</p>\n");
            return;
        }
        html.append("<section class=\"warnings\" aria-label=\"")
                .append(text(words.text("report.warnings")))
                .append("\">\n");
        heading(html, "warnings-title", "⚠ " + words.text("html.warnings-count", warnings.size()));
        html.append("<ul class=\"warning-list\">\n");
        for (WarningView w : warnings) {
            html.append("<li class=\"warning\" data-code=\"")
                    .append(text(w.code()))
                    .append("\">\n<p class=\"")
                    .append("warning-head\"><span class=\"warning-mark\" aria-hidden=\"true\">⚠</span> <strong>")
                    .append(text(words.warning(w.code())))
                    .append("</strong>");
            if (w.about() != null) {
                Axis.byCode(w.about()).ifPresent(axis -> html.append(" — ").append(text(words.axis(axis))));
            }
            html.append(" <code>").append(text(w.code())).append("</code></p>\n");
            for (Because because : w.because()) {
                html.append("<p class=\"reason\">")
                        .append(text(words.description(because.rule())))
                        .append(' ');
                rule(html, because);
                html.append("</p>\n");
            }
            if (!w.settledBy().isEmpty()) {
                html.append("<p class=\"settle\">")
                        .append(text(words.text("report.would-settle")))
                        .append(' ');
                for (int i = 0; i < w.settledBy().size(); i++) {
                    Fact fact = w.settledBy().get(i).fact();
                    html.append(i == 0 ? "" : " · ")
                            .append("<a href=\"#")
                            .append(text(questionId(anchor, fact)))
                            .append("\">")
                            .append(text(question(fact)))
                            .append("</a>");
                }
                html.append("</p>\n");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private void result(StringBuilder html, Explanation e) {
        String type = e.type();
        html.append("<section class=\"result\">\n<p class=\"type-line\">")
                .append(text(words.text("report.type")))
                .append(": <strong class=\"type-name\">")
                .append(text(words.type(type)))
                .append("</strong>");
        if (!words.type(type).equals(Words.danishType(type))) {
            html.append(" <span class=\"danish\" lang=\"da\">(")
                    .append(text(Words.danishType(type)))
                    .append(")</span>");
        }
        html.append("</p>\n<p class=\"type-summary\">")
                .append(text(words.text("type-summary." + type)))
                .append("</p>\n<p class=\"roles-line\"><span class=\"label\">")
                .append(text(words.text("report.employee")))
                .append(":</span> ");
        RoleView employee = e.employeeRole();
        html.append(text(
                employee == null
                        ? words.text("report.no-employee-role")
                        : words.employeeRole(employee.role()) + " — " + words.place(employee.place())));
        html.append("<br><span class=\"label\">")
                .append(text(words.text("report.citizens")))
                .append(":</span> ")
                .append(text(
                        e.citizenRoles().isEmpty()
                                ? words.text("report.no-citizen-roles")
                                : e.citizenRoles().stream()
                                        .map(r -> words.citizenRole(r.role()))
                                        .collect(Collectors.joining(", "))))
                .append("</p>\n</section>\n");
    }

    private void figures(StringBuilder html, Explanation e, String anchor) {
        html.append("<div class=\"figures\">\n<figure class=\"chart-figure\">\n");
        Placement placement = Placement.of(e);
        HtmlChart chart = new HtmlChart(words, e.outcome().typeDefinitions());
        List<HtmlChart.Marker> markers = placement.plotted()
                ? List.of(new HtmlChart.Marker(
                        e.source().id(),
                        null,
                        null,
                        e.source().id() + " — " + words.type(e.type()),
                        e.type(),
                        placement))
                : List.of();
        html.append(chart.render(
                anchor + "-chart", words.text("html.chart-title-one", e.source().title()), markers));
        html.append("\n<figcaption>");
        if (placement.plotted()) {
            html.append(text(words.text(
                    "html.chart-balance",
                    ReportText.axisSummary(words, e, Axis.PREDICTABILITY),
                    ReportText.axisSummary(words, e, Axis.CENTRAL_ACTOR))));
            if (!placement.predictabilitySettled() || !placement.centralActorSettled()) {
                html.append(' ').append(text(words.text("html.chart-on-line")));
            }
        } else {
            html.append("<span class=\"not-plotted\">")
                    .append(text(words.text("html.not-plotted-one", words.type(e.type()))))
                    .append("</span>");
        }
        html.append("</figcaption>\n</figure>\n<figure class=\"table-figure\">\n");
        RoleView employee = e.employeeRole();
        if (employee != null) {
            html.append(new RoundTable(words).render(anchor + "-table", employee.place()));
            html.append("\n<figcaption>")
                    .append(text(words.text(
                            "html.round-table-caption",
                            words.employeeRole(employee.role()),
                            words.place(employee.place()))))
                    .append("</figcaption>\n");
        } else {
            html.append("<figcaption class=\"no-table\">")
                    .append(text(words.text("html.no-table")))
                    .append("</figcaption>\n");
        }
        html.append("</figure>\n</div>\n");
    }

    private void chain(StringBuilder html, Explanation e) {
        html.append("<section class=\"chain\">\n");
        heading(html, "chain-title", words.text("html.chain"));
        html.append("<ol class=\"steps\">\n");
        for (AxisView axis : e.axes()) {
            if (axis.notWeighed()) {
                continue;
            }
            html.append("<li class=\"step step-axis\" data-axis=\"")
                    .append(text(axis.axis().code()))
                    .append("\">\n")
                    .append("<p class=\"step-title\">")
                    .append(text(words.axis(axis.axis())))
                    .append("</p>\n");
            if (axis.evidence().isEmpty()) {
                html.append("<p class=\"no-evidence\">")
                        .append(text(words.text("html.no-evidence")))
                        .append("</p>\n");
            } else {
                html.append("<ul class=\"evidence\">\n");
                boolean settled = axis.settled();
                for (AxisView.EvidenceView item : ReportText.ordered(axis)) {
                    String side = !settled ? "open" : item.pole().equals(axis.position()) ? "for" : "against";
                    html.append("<li class=\"evidence-item ").append(side).append("\">");
                    facts(html, item.because().facts());
                    html.append(" <span class=\"arrow\">→</span> <strong class=\"pole\">")
                            .append(text(words.pole(axis.axis(), item.pole())))
                            .append("</strong><br><span class=\"")
                            .append("reason\">")
                            .append(text(words.description(item.because().rule())))
                            .append("</span> ");
                    rule(html, item.because());
                    html.append("</li>\n");
                }
                html.append("</ul>\n");
            }
            if (axis.position() != null) {
                html.append("<p class=\"conclusion\"><span class=\"arrow\">⇒</span> <strong>")
                        .append(text(words.pole(axis.axis(), axis.position())))
                        .append("</strong> (")
                        .append(text(ReportText.tally(words, axis)))
                        .append(")");
                if (axis.settledBy() != null) {
                    html.append(" <span class=\"reason\">")
                            .append(text(words.description(axis.settledBy().rule())))
                            .append("</span> ");
                    rule(html, axis.settledBy());
                }
                html.append("</p>\n");
            }
            html.append("</li>\n");
        }
        typeStep(html, e);
        rolesStep(html, e);
        html.append("</ol>\n</section>\n");
    }

    private void typeStep(StringBuilder html, Explanation e) {
        html.append("<li class=\"step step-type\">\n<p class=\"step-title\">")
                .append(text(words.text("report.type")))
                .append("</p>\n<p class=\"conclusion\">");
        if (e.outcome().isCoCreation()) {
            html.append(text(e.axes().stream()
                    .map(a -> words.axis(a.axis()) + ": " + words.pole(a.axis(), a.position()))
                    .collect(Collectors.joining(" · "))));
        } else {
            html.append(text(words.text("html.actors")))
                    .append(": ")
                    .append(text(e.source().facts().getActors().stream()
                            .map(a -> a.name() + " (" + a.kind() + ")")
                            .collect(Collectors.joining(", "))));
        }
        html.append(" <span class=\"arrow\">⇒</span> <strong>")
                .append(text(words.type(e.type())))
                .append("</strong></p>\n<p><span class=\"reason\">")
                .append(text(words.description(e.typeBecause().rule())))
                .append("</span> ");
        rule(html, e.typeBecause());
        html.append("</p>\n</li>\n");
    }

    private void rolesStep(StringBuilder html, Explanation e) {
        if (e.employeeRole() == null && e.citizenRoles().isEmpty()) {
            return;
        }
        html.append("<li class=\"step step-roles\">\n<p class=\"step-title\">")
                .append(text(words.text("report.roles")))
                .append("</p>\n<ul class=\"evidence\">\n");
        RoleView employee = e.employeeRole();
        if (employee != null) {
            for (Because because : employee.because()) {
                html.append("<li>")
                        .append(text(words.text("report.employee")))
                        .append(" <span class=\"arrow\">⇒")
                        .append("</span> <strong>")
                        .append(text(words.employeeRole(employee.role())))
                        .append("</strong>, ")
                        .append(text(words.place(employee.place())))
                        .append("<br><span class=\"reason\">")
                        .append(text(words.description(because.rule())))
                        .append("</span> ");
                rule(html, because);
                html.append("</li>\n");
            }
        }
        for (RoleView role : e.citizenRoles()) {
            for (Because because : role.because()) {
                html.append("<li>");
                facts(html, because.facts());
                html.append(" <span class=\"arrow\">⇒</span> <strong>")
                        .append(text(words.citizenRole(role.role())))
                        .append("</strong><br><span class=\"reason\">")
                        .append(text(words.description(because.rule())))
                        .append("</span> ");
                rule(html, because);
                html.append("</li>\n");
            }
        }
        html.append("</ul>\n</li>\n");
    }

    private void questions(StringBuilder html, Explanation e, String anchor) {
        html.append("<section class=\"questions\">\n");
        heading(html, "questions-title", words.text("html.questions"));
        if (!e.whatIfAsked()) {
            html.append("<p>")
                    .append(text(words.text("html.questions-not-asked")))
                    .append("</p>\n");
        } else if (e.unknownFacts().isEmpty()) {
            html.append("<p class=\"no-questions\">")
                    .append(text(words.text("html.no-questions")))
                    .append("</p>\n");
        } else {
            html.append("<p>").append(text(words.text("html.questions-intro"))).append("</p>\n");
            questionList(html, e.unknownFacts(), e.type(), anchor);
        }
        html.append("</section>\n");
    }

    /** Unknown facts as questions, each with the answers that would change the result and what they give. */
    private void questionList(StringBuilder html, List<UnknownFact> facts, String current, String anchor) {
        html.append("<ol class=\"question-list\">\n");
        for (UnknownFact fact : facts) {
            html.append("<li class=\"question\" id=\"")
                    .append(text(questionId(anchor, fact.fact())))
                    .append("\" data-fact=\"")
                    .append(text(fact.fact().code()))
                    .append("\">")
                    .append("<span class=\"ask\">")
                    .append(text(question(fact.fact())))
                    .append("</span> <code>")
                    .append(text(fact.fact().code()))
                    .append("</code>\n<ul class=\"answers\">\n");
            for (UnknownFact.Effect effect : fact.effects()) {
                html.append("<li><code>")
                        .append(text(words.value(effect.value())))
                        .append("</code> <span class=\"")
                        .append("arrow\">→</span> ")
                        .append(text(words.type(effect.type())));
                if (effect.type().equals(current)) {
                    String axes = java.util.Arrays.stream(Axis.values())
                            .filter(a -> effect.positions().containsKey(a.code()))
                            .map(a -> words.axis(a) + ": "
                                    + words.pole(a, effect.positions().get(a.code())))
                            .collect(Collectors.joining(", "));
                    if (!axes.isEmpty()) {
                        html.append(" <span class=\"axes\">(")
                                .append(text(axes))
                                .append(")</span>");
                    }
                }
                html.append("</li>\n");
            }
            html.append("</ul></li>\n");
        }
        html.append("</ol>\n");
    }

    private static String questionId(String anchor, Fact fact) {
        return anchor + "-q-" + fact.code();
    }

    private String question(Fact fact) {
        return ReportText.question(words, fact);
    }

    private void whyNot(StringBuilder html, Explanation e) {
        html.append("<section class=\"why-not\">\n");
        heading(html, "why-not-title", words.text("report.why-not"));
        html.append("<ul>\n");
        for (WhyNot w : e.whyNot()) {
            html.append("<li data-type=\"")
                    .append(text(w.type()))
                    .append("\"><strong>")
                    .append(text(words.type(w.type())))
                    .append(":</strong> ")
                    .append(text(ReportText.whyNot(words, w)))
                    .append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private void flips(StringBuilder html, Explanation e) {
        if (!e.whatIfAsked()) {
            return;
        }
        html.append("<section class=\"flips\">\n");
        heading(html, "flips-title", words.text("report.what-would-change"));
        if (e.flips().isEmpty()) {
            html.append("<p>").append(text(words.text("report.no-flips"))).append("</p>\n");
        } else {
            html.append("<p>").append(text(words.text("report.flips"))).append("</p>\n<ul>\n");
            for (Flip flip : e.flips()) {
                html.append("<li>").append(text(ReportText.flip(words, flip))).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private void perceptions(StringBuilder html, Explanation e) {
        if (e.perceptions().isEmpty()) {
            return;
        }
        html.append("<section class=\"perceptions\">\n");
        heading(html, "perceptions-title", words.text("report.perceptions"));
        html.append("<ul>\n");
        for (Perception p : e.perceptions()) {
            html.append("<li class=\"")
                    .append(p.matchesDerived() ? "matches" : "differs")
                    .append("\">")
                    .append(text(p.actor()))
                    .append(": <strong>")
                    .append(text(words.type(p.type())))
                    .append("</strong> — ")
                    .append(text(words.text(
                            p.matchesDerived() ? "report.perception-matches" : "report.perception-differs",
                            words.type(e.type()))))
                    .append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private void facts(StringBuilder html, Explanation e) {
        html.append("<section class=\"facts-given\">\n");
        heading(html, "facts-title", words.text("html.facts-given"));
        html.append("<table class=\"actors\">\n<thead><tr><th>")
                .append(text(words.text("html.actor")))
                .append("</th><th>")
                .append(text(words.text("html.kind")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Actor actor : e.source().facts().getActors()) {
            html.append("<tr><td>")
                    .append(text(actor.name()))
                    .append("</td><td><code>")
                    .append(text(actor.kind()))
                    .append("</code> ")
                    .append(text(words.text(actor.isPublicActor() ? "html.public" : "html.non-public")))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<table class=\"fact-table\">\n<thead><tr><th>")
                .append(text(words.text("html.question")))
                .append("</th><th>")
                .append(text(words.text("html.answer")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<Fact, Object> fact : e.source().facts().knownFacts().entrySet()) {
            html.append("<tr><td>")
                    .append(text(question(fact.getKey())))
                    .append(" <code>")
                    .append(text(fact.getKey().code()))
                    .append("</code></td><td><code>")
                    .append(text(words.value(fact.getValue())))
                    .append("</code></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void stamp(StringBuilder html, Explanation e) {
        html.append("<footer class=\"stamp\">\n<p>")
                .append(text(ReportText.stamp(words, e.stamp())))
                .append("</p>\n<p class=\"hashes\">")
                .append(text(words.text("html.rules-hash")))
                .append(": <code>")
                .append(text(e.stamp().rulesSha256()))
                .append("</code><br>")
                .append(text(words.text("html.case-hash")))
                .append(": <code>")
                .append(text(e.stamp().caseSha256()))
                .append("</code></p>\n</footer>\n");
    }

    private void facts(StringBuilder html, List<FactValue> facts) {
        if (facts.isEmpty()) {
            html.append("<span class=\"fact\">")
                    .append(text(words.text("report.no-facts")))
                    .append("</span>");
            return;
        }
        for (int i = 0; i < facts.size(); i++) {
            FactValue fact = facts.get(i);
            if (i > 0) {
                html.append(", ");
            }
            html.append("<span class=\"fact\" title=\"")
                    .append(text(question(fact.fact())))
                    .append("\"><code>")
                    .append(text(fact.fact().code()))
                    .append(": ")
                    .append(text(words.value(fact.value())))
                    .append("</code></span>");
        }
    }

    private void rule(StringBuilder html, Because because) {
        if (because == null || because.rule() == null) {
            return;
        }
        html.append("<span class=\"rule\">")
                .append(text(words.text("report.rule")))
                .append(": <code>")
                .append(text(because.rule().location()))
                .append("</code>");
        if (because.rule().section() != null) {
            html.append(" <span class=\"section\">[")
                    .append(text(because.rule().section()))
                    .append("]</span>");
        }
        html.append("</span>");
    }
}
