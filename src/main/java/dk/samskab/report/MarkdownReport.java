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
import java.util.List;
import java.util.stream.Collectors;

/** The explained report as Markdown, to attach to a case file. Every text from the case is escaped. */
public final class MarkdownReport {

    private final Words words;

    public MarkdownReport(Words words) {
        this.words = words;
    }

    public String render(List<Explanation> explanations) {
        return explanations.stream().map(this::render).collect(Collectors.joining("\n---\n\n"));
    }

    public String render(Explanation e) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(e.source().title())).append("\n\n");
        md.append('`').append(e.source().id()).append("` · ").append(escape(e.source().path().toString()))
                .append("\n\n");
        String type = e.type();
        md.append("**").append(words.text("report.type")).append(":** ").append(words.type(type));
        if (!words.type(type).equals(Words.danishType(type))) {
            md.append(" (*").append(Words.danishType(type)).append("*)");
        }
        md.append("  \n").append(words.text("type-summary." + type)).append("  \n");
        md.append(rule(e.typeBecause())).append("\n\n");

        md.append("## ").append(words.text("report.warnings")).append("\n\n");
        if (e.warnings().isEmpty()) {
            md.append(words.text("report.no-warnings")).append("\n\n");
        }
        for (WarningView w : e.warnings()) {
            md.append("- ⚠ **").append(words.warning(w.code())).append("** (`").append(w.code()).append("`)");
            if (w.about() != null) {
                md.append(" — ").append(words.axis(Axis.byCode(w.about()).orElseThrow()));
            }
            md.append("  \n");
            for (Because because : w.because()) {
                md.append("  ").append(words.description(because.rule())).append("  \n  ").append(rule(because))
                        .append("\n");
            }
            if (!w.settledBy().isEmpty()) {
                md.append("  ").append(words.text("report.would-settle")).append("\n");
                w.settledBy().forEach(f -> md.append("  - ").append(unknown(f)).append("\n"));
            }
        }
        md.append("\n## ").append(words.text("report.axes")).append("\n\n");
        if (!e.outcome().isCoCreation()) {
            md.append(words.text("report.axes-not-applicable")).append("\n\n");
        }
        for (AxisView axis : e.axes()) {
            if (axis.position() == null && axis.evidence().isEmpty()) {
                continue;
            }
            md.append("### ").append(words.axis(axis.axis())).append(": ")
                    .append(words.pole(axis.axis(), axis.position())).append(" (")
                    .append(ReportText.tally(words, axis)).append(")\n\n");
            md.append("| | ").append(words.text("report.facts-column")).append(" | ")
                    .append(words.text("report.reason-column")).append(" | ")
                    .append(words.text("report.section")).append(" |\n|---|---|---|---|\n");
            for (AxisView.EvidenceView item : ReportText.ordered(axis)) {
                md.append("| ").append(words.pole(axis.axis(), item.pole())).append(" | ")
                        .append(cell(facts(item.because().facts()))).append(" | ")
                        .append(cell(words.description(item.because().rule()))).append(" | ")
                        .append(cell(item.because().rule() == null ? "" : item.because().rule().section()))
                        .append(" |\n");
            }
            md.append("\n");
        }
        md.append("## ").append(words.text("report.roles")).append("\n\n");
        RoleView employee = e.employeeRole();
        md.append("- **").append(words.text("report.employee")).append(":** ")
                .append(employee == null ? words.text("report.no-employee-role")
                        : words.employeeRole(employee.role()) + " — " + words.place(employee.place()))
                .append("\n");
        md.append("- **").append(words.text("report.citizens")).append(":** ")
                .append(e.citizenRoles().isEmpty() ? words.text("report.no-citizen-roles")
                        : e.citizenRoles().stream().map(r -> words.citizenRole(r.role())
                                + " (" + r.because().stream().map(b -> facts(b.facts())).distinct()
                                        .collect(Collectors.joining("; ")) + ")")
                                .collect(Collectors.joining(", ")))
                .append("\n\n");

        md.append("## ").append(words.text("report.why-not")).append("\n\n");
        for (WhyNot w : e.whyNot()) {
            md.append("- **").append(words.type(w.type())).append(":** ").append(ReportText.whyNot(words, w))
                    .append("\n");
        }
        md.append("\n## ").append(words.text("report.what-would-change")).append("\n\n");
        if (e.unknownFacts().isEmpty() && e.flips().isEmpty()) {
            md.append(words.text("report.nothing-would-change")).append("\n\n");
        }
        if (!e.unknownFacts().isEmpty()) {
            md.append(words.text("report.unknown-facts")).append("\n\n");
            e.unknownFacts().forEach(f -> md.append("- ").append(unknown(f)).append("\n"));
            md.append("\n");
        }
        if (!e.flips().isEmpty()) {
            md.append(words.text("report.flips")).append("\n\n");
            for (Flip flip : e.flips()) {
                md.append("- ").append(escape(ReportText.flip(words, flip))).append("\n");
            }
            md.append("\n");
        }
        if (!e.perceptions().isEmpty()) {
            md.append("## ").append(words.text("report.perceptions")).append("\n\n");
            for (Perception p : e.perceptions()) {
                md.append("- ").append(escape(p.actor())).append(": ").append(words.type(p.type())).append(" — ")
                        .append(words.text(p.matchesDerived() ? "report.perception-matches"
                                : "report.perception-differs", words.type(e.type())))
                        .append("\n");
            }
            md.append("\n");
        }
        md.append("<sub>").append(escape(ReportText.stamp(words, e.stamp()))).append("</sub>\n");
        return md.toString();
    }

    private String rule(Because because) {
        if (because == null || because.rule() == null) {
            return "";
        }
        return "*" + words.text("report.rule") + ": " + escape(because.rule().location())
                + (because.rule().section() == null ? "" : " [" + because.rule().section() + "]") + "*";
    }

    private String unknown(UnknownFact fact) {
        return escape(ReportText.unknownFact(words, fact));
    }

    private String facts(List<FactValue> facts) {
        if (facts.isEmpty()) {
            return words.text("report.no-facts");
        }
        return facts.stream().map(f -> "`" + f.fact().code() + ": " + words.value(f.value()) + "`")
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
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '{', '}' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
