package dk.samskab.report;

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
import dk.samskab.model.Axis;
import dk.samskab.model.Fact;
import dk.samskab.model.TypeDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The explained report as Markdown, to attach to a case file: the same content as the HTML report in text form,
 * with the 2×2 chart as a small table. Several cases get an overview first: a table of all cases and the chart
 * with every case, each linked to its section. Every text from the case is escaped.
 */
public final class MarkdownReport {

    private static final List<String> PREDICTABILITY = Axis.PREDICTABILITY.poles();
    private static final List<String> CENTRAL = Axis.CENTRAL_ACTOR.poles();

    private final Words words;

    public MarkdownReport(Words words) {
        this.words = words;
    }

    public String render(List<Explanation> explanations) {
        if (explanations.size() == 1) {
            return render(explanations.get(0));
        }
        StringBuilder md = new StringBuilder();
        md.append("# ")
                .append(escape(words.text("html.title-many", explanations.size())))
                .append("\n\n");
        md.append("| # | ")
                .append(words.text("html.id"))
                .append(" | ")
                .append(words.text("html.title"))
                .append(" | ")
                .append(words.text("report.type"))
                .append(" | ")
                .append(words.text("report.warnings"))
                .append(" |\n|---|---|---|---|---|\n");
        List<String> anchors =
                Anchors.of(explanations.stream().map(e -> e.source().id()).toList());
        for (int i = 0; i < explanations.size(); i++) {
            Explanation e = explanations.get(i);
            md.append("| ")
                    .append(i + 1)
                    .append(" | [")
                    .append(e.source().id())
                    .append("](#")
                    .append(anchors.get(i))
                    .append(") | ")
                    .append(escape(e.source().title()))
                    .append(" | ")
                    .append(words.type(e.type()))
                    .append(" | ")
                    .append(
                            e.warnings().isEmpty()
                                    ? ""
                                    : "⚠ "
                                            + e.warnings().stream()
                                                    .map(WarningView::code)
                                                    .distinct()
                                                    .map(words::warning)
                                                    .collect(Collectors.joining("; ")))
                    .append(" |\n");
        }
        md.append("\n## ").append(words.text("html.chart-title-many")).append("\n\n");
        chart(md, explanations, anchors);
        for (int i = 0; i < explanations.size(); i++) {
            md.append("\n---\n\n<a id=\"")
                    .append(anchors.get(i))
                    .append("\"></a>\n\n")
                    .append(render(explanations.get(i), 2));
        }
        return md.toString();
    }

    public String render(Explanation e) {
        return render(e, 1);
    }

    /** One case, its title at heading {@code level}. */
    private String render(Explanation e, int level) {
        String h2 = "#".repeat(level + 1) + " ";
        String h3 = "#".repeat(level + 2) + " ";
        StringBuilder md = new StringBuilder();
        md.append("#".repeat(level))
                .append(' ')
                .append(escape(e.source().title()))
                .append("\n\n");
        md.append('`')
                .append(e.source().id())
                .append("` · ")
                .append(escape(e.source().path().toString()))
                .append("\n\n");
        String type = e.type();
        md.append("**").append(words.text("report.type")).append(":** ").append(words.type(type));
        if (!words.type(type).equals(Words.danishType(type))) {
            md.append(" (*").append(Words.danishType(type)).append("*)");
        }
        md.append("  \n").append(words.text("type-summary." + type)).append("  \n");
        md.append(rule(e.typeBecause())).append("\n\n");

        md.append(h2).append(words.text("report.warnings")).append("\n\n");
        if (e.warnings().isEmpty()) {
            md.append(words.text("report.no-warnings")).append("\n\n");
        }
        for (WarningView w : e.warnings()) {
            md.append("- ⚠ **")
                    .append(words.warning(w.code()))
                    .append("** (`")
                    .append(w.code())
                    .append("`)");
            if (w.about() != null) {
                md.append(" — ").append(words.axis(Axis.byCode(w.about()).orElseThrow()));
            }
            md.append("  \n");
            for (Because because : w.because()) {
                md.append("  ")
                        .append(words.description(because.rule()))
                        .append("  \n  ")
                        .append(rule(because))
                        .append("  \n");
            }
            if (!w.settledBy().isEmpty()) {
                md.append("  ")
                        .append(words.text("report.would-settle"))
                        .append(' ')
                        .append(w.settledBy().stream()
                                .map(f -> question(f.fact()))
                                .collect(Collectors.joining(" · ")))
                        .append("\n");
            }
        }
        md.append("\n").append(h2).append(words.text("chart.table-title")).append("\n\n");
        chart(md, List.of(e), null);
        md.append("\n").append(h2).append(words.text("html.chain")).append("\n\n");
        if (!e.outcome().isCoCreation()) {
            md.append(words.text("report.axes-not-applicable")).append("\n\n");
        }
        for (AxisView axis : e.axes()) {
            if (axis.notWeighed()) {
                continue;
            }
            md.append(h3)
                    .append(words.axis(axis.axis()))
                    .append(": ")
                    .append(words.pole(axis.axis(), axis.position()))
                    .append(" (")
                    .append(ReportText.tally(words, axis))
                    .append(")\n\n");
            md.append("| | ")
                    .append(words.text("report.facts-column"))
                    .append(" | ")
                    .append(words.text("report.reason-column"))
                    .append(" | ")
                    .append(words.text("report.section"))
                    .append(" |\n|---|---|---|---|\n");
            for (AxisView.EvidenceView item : ReportText.ordered(axis)) {
                md.append("| ")
                        .append(words.pole(axis.axis(), item.pole()))
                        .append(" | ")
                        .append(cell(facts(item.because().facts())))
                        .append(" | ")
                        .append(cell(words.description(item.because().rule())))
                        .append(" | ")
                        .append(cell(
                                item.because().rule() == null
                                        ? ""
                                        : item.because().rule().section()))
                        .append(" |\n");
            }
            md.append("\n");
        }
        md.append(h3).append(words.text("report.type")).append("\n\n");
        if (e.outcome().isCoCreation()) {
            md.append(e.axes().stream()
                    .map(a -> words.axis(a.axis()) + ": " + words.pole(a.axis(), a.position()))
                    .collect(Collectors.joining(" · ")));
        } else {
            md.append(words.text("html.actors"))
                    .append(": ")
                    .append(e.source().facts().getActors().stream()
                            .map(a -> escape(a.name()) + " (`" + a.kind() + "`)")
                            .collect(Collectors.joining(", ")));
        }
        md.append(" ⇒ **")
                .append(words.type(type))
                .append("**  \n")
                .append(words.description(e.typeBecause().rule()))
                .append("  \n")
                .append(rule(e.typeBecause()))
                .append("\n\n");

        md.append(h2).append(words.text("report.roles")).append("\n\n");
        RoleView employee = e.employeeRole();
        md.append("- **")
                .append(words.text("report.employee"))
                .append(":** ")
                .append(
                        employee == null
                                ? words.text("report.no-employee-role")
                                : words.employeeRole(employee.role()) + " — " + words.place(employee.place()))
                .append("\n");
        md.append("- **")
                .append(words.text("report.citizens"))
                .append(":** ")
                .append(
                        e.citizenRoles().isEmpty()
                                ? words.text("report.no-citizen-roles")
                                : e.citizenRoles().stream()
                                        .map(r -> words.citizenRole(r.role())
                                                + " ("
                                                + r.because().stream()
                                                        .map(b -> facts(b.facts()))
                                                        .distinct()
                                                        .collect(Collectors.joining("; "))
                                                + ")")
                                        .collect(Collectors.joining(", ")))
                .append("\n\n");

        md.append(h2).append(words.text("html.questions")).append("\n\n");
        if (!e.whatIfAsked()) {
            md.append(words.text("html.questions-not-asked")).append("\n\n");
        } else if (e.unknownFacts().isEmpty()) {
            md.append(words.text("html.no-questions")).append("\n\n");
        } else {
            md.append(words.text("html.questions-intro")).append("\n\n");
            e.unknownFacts().forEach(f -> md.append("- ").append(unknown(f)).append("\n"));
            md.append("\n");
        }

        md.append(h2).append(words.text("report.why-not")).append("\n\n");
        for (WhyNot w : e.whyNot()) {
            md.append("- **")
                    .append(words.type(w.type()))
                    .append(":** ")
                    .append(ReportText.whyNot(words, w))
                    .append("\n");
        }
        md.append("\n")
                .append(h2)
                .append(words.text("report.what-would-change"))
                .append("\n\n");
        if (e.flips().isEmpty()) {
            md.append(words.text(e.whatIfAsked() ? "report.no-flips" : "html.questions-not-asked"))
                    .append("\n\n");
        } else {
            md.append(words.text("report.flips")).append("\n\n");
            for (Flip flip : e.flips()) {
                md.append("- ").append(escape(ReportText.flip(words, flip))).append("\n");
            }
            md.append("\n");
        }
        if (!e.perceptions().isEmpty()) {
            md.append(h2).append(words.text("report.perceptions")).append("\n\n");
            for (Perception p : e.perceptions()) {
                md.append("- ")
                        .append(escape(p.actor()))
                        .append(": ")
                        .append(words.type(p.type()))
                        .append(" — ")
                        .append(words.text(
                                p.matchesDerived() ? "report.perception-matches" : "report.perception-differs",
                                words.type(e.type())))
                        .append("\n");
            }
            md.append("\n");
        }
        md.append("<sub>").append(escape(ReportText.stamp(words, e.stamp()))).append("</sub>\n");
        return md.toString();
    }

    /**
     * The 2×2 chart as a table: each case named in the cell of its quadrant, or, on the line of an axis the facts
     * do not settle, in every cell it borders; below it the balance of evidence or why a case is not plotted.
     * {@code anchors} links each case to its section, {@code null} for a one-case report.
     */
    private void chart(StringBuilder md, List<Explanation> explanations, List<String> anchors) {
        boolean many = anchors != null;
        List<TypeDefinition> definitions = explanations.stream()
                .map(e -> e.outcome().typeDefinitions())
                .filter(d -> !d.isEmpty())
                .findFirst()
                .orElse(List.of());
        List<List<List<String>>> cells = new ArrayList<>();
        for (int row = 0; row < 2; row++) {
            cells.add(List.of(new ArrayList<>(), new ArrayList<>()));
        }
        List<String> notPlotted = new ArrayList<>();
        for (int i = 0; i < explanations.size(); i++) {
            Explanation e = explanations.get(i);
            Placement p = Placement.of(e);
            String name = many
                    ? "[#" + (i + 1) + "](#" + anchors.get(i) + ")"
                    : "**● " + words.text("chart.this-case") + "**";
            if (!p.plotted()) {
                notPlotted.add(
                        many
                                ? name + " " + e.source().id() + " (" + words.type(e.type()) + ")"
                                : words.text("html.not-plotted-one", words.type(e.type())));
                continue;
            }
            for (int row = 0; row < 2; row++) {
                for (int column = 0; column < 2; column++) {
                    boolean rowFits = !p.predictabilitySettled()
                            || PREDICTABILITY.get(row).equals(p.predictabilityPosition());
                    boolean columnFits =
                            !p.centralActorSettled() || CENTRAL.get(column).equals(p.centralActorPosition());
                    if (rowFits && columnFits) {
                        boolean onLine = !p.predictabilitySettled() || !p.centralActorSettled();
                        cells.get(row)
                                .get(column)
                                .add(onLine ? name + " (" + words.text("chart.on-the-line") + ")" : name);
                    }
                }
            }
        }
        md.append("| | ")
                .append(words.text("chart.municipality"))
                .append(" | ")
                .append(words.text("chart.external"))
                .append(" |\n|---|---|---|\n");
        for (int row = 0; row < 2; row++) {
            md.append("| **")
                    .append(words.text("chart." + PREDICTABILITY.get(row)))
                    .append("** |");
            for (int column = 0; column < 2; column++) {
                String type = Placement.typeAt(definitions, PREDICTABILITY.get(row), CENTRAL.get(column));
                md.append(' ').append(type == null ? "" : words.type(type));
                List<String> here = cells.get(row).get(column);
                if (!here.isEmpty()) {
                    md.append(": ").append(String.join(" ", here));
                }
                md.append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
        if (!many && notPlotted.isEmpty()) {
            Explanation e = explanations.get(0);
            md.append(words.text(
                            "html.chart-balance",
                            ReportText.axisSummary(words, e, Axis.PREDICTABILITY),
                            ReportText.axisSummary(words, e, Axis.CENTRAL_ACTOR)))
                    .append("\n\n");
        }
        if (many && !notPlotted.isEmpty()) {
            md.append(words.text("html.not-plotted-many"))
                    .append(' ')
                    .append(String.join(", ", notPlotted))
                    .append("\n\n");
        } else if (!notPlotted.isEmpty()) {
            md.append(notPlotted.get(0)).append("\n\n");
        }
    }

    private String rule(Because because) {
        if (because == null || because.rule() == null) {
            return "";
        }
        return "*" + words.text("report.rule") + ": " + escape(because.rule().location())
                + (because.rule().section() == null ? "" : " [" + because.rule().section() + "]") + "*";
    }

    private String question(Fact fact) {
        return "**" + escape(ReportText.question(words, fact)) + "**";
    }

    /** An unknown fact as a question, with the answers that would change the result. */
    private String unknown(UnknownFact fact) {
        return question(fact.fact()) + " (`" + fact.fact().code() + "`): "
                + fact.effects().stream()
                        .map(effect -> "`" + words.value(effect.value()) + "` → " + words.type(effect.type()))
                        .collect(Collectors.joining("; "));
    }

    private String facts(List<FactValue> facts) {
        if (facts.isEmpty()) {
            return words.text("report.no-facts");
        }
        return facts.stream()
                .map(f -> "`" + f.fact().code() + ": " + words.value(f.value()) + "`")
                .collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }

    /** Escapes Markdown and HTML so that a case's text is shown as written and never runs. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '{', '}' ->
                    out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
