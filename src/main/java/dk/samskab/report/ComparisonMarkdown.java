package dk.samskab.report;

import static dk.samskab.report.MarkdownReport.escape;

import dk.samskab.report.model.ComparisonReport;
import dk.samskab.report.model.FactWords;
import dk.samskab.report.model.Reason;
import dk.samskab.report.model.WarningItem;

/**
 * The comparison as Markdown: the verdict, the parties, the disagreements as a table (fact × party), the common
 * ground, the comparison's warnings, then each party's full report under its anchor. Every text is escaped.
 */
public final class ComparisonMarkdown {

    public String render(ComparisonReport c) {
        StringBuilder md = new StringBuilder();
        ComparisonReport.Words w = c.words();
        md.append("# ").append(escape(c.title())).append("\n\n");
        md.append("**").append(escape(c.verdict())).append("**\n\n");
        if (!c.agreeFirst().isEmpty()) {
            md.append(escape(c.agreeFirst())).append("\n\n");
        }
        md.append("## ").append(escape(w.parties())).append("\n\n");
        md.append("| # | ")
                .append(escape(w.party()))
                .append(" | ")
                .append(escape(w.type()))
                .append(" | ")
                .append(escape(w.employeeRole()))
                .append(" | ")
                .append(escape(w.warnings()))
                .append(" | ")
                .append(escape(w.file()))
                .append(" |\n|---|---|---|---|---|---|\n");
        for (ComparisonReport.Party p : c.parties()) {
            md.append("| ")
                    .append(p.number())
                    .append(" | [")
                    .append(escape(p.name()))
                    .append("](#");
            md.append(p.anchor()).append(") | ").append(escape(p.type().name()));
            md.append(" (`").append(p.type().code()).append("`) | ");
            md.append(escape(p.employeeRoleName())).append(" | ");
            md.append(escape(p.warningTitles())).append(" | ");
            md.append(escape(p.file())).append(" |\n");
        }
        md.append("\n## ").append(escape(c.disagreements().heading())).append("\n\n");
        if (c.disagreements().isEmpty()) {
            md.append(escape(c.disagreements().note())).append("\n\n");
        } else {
            md.append("| ").append(escape(w.fact()));
            c.parties().forEach(p -> md.append(" | ").append(escape(p.name())));
            md.append(" | ").append(escape(w.movesType())).append(" |\n|---");
            c.parties().forEach(p -> md.append("|---"));
            md.append("|---|\n");
            for (ComparisonReport.Disagreement d : c.disagreements().items()) {
                md.append("| ")
                        .append(escape(d.question()))
                        .append(" `")
                        .append(d.fact())
                        .append('`');
                d.answers().forEach(a -> md.append(" | ").append(escape(a.words())));
                md.append(" | ")
                        .append(d.movesType() ? "**" + escape(w.yes()) + "**" : escape(w.no()))
                        .append(" |\n");
            }
            md.append('\n');
        }
        md.append("## ").append(escape(c.commonGround().heading())).append("\n\n");
        if (!c.commonGround().note().isEmpty()) {
            md.append(escape(c.commonGround().note())).append("\n\n");
        }
        for (FactWords f : c.commonGround().items()) {
            md.append("- ")
                    .append(escape(f.words()))
                    .append(" `")
                    .append(f.coded())
                    .append("`\n");
        }
        if (!c.commonGround().isEmpty()) {
            md.append('\n');
        }
        md.append("## ").append(escape(c.warnings().heading())).append("\n\n");
        if (c.warnings().isEmpty()) {
            md.append(escape(c.warnings().note())).append("\n\n");
        }
        for (WarningItem warning : c.warnings().items()) {
            md.append("- ⚠ **")
                    .append(escape(warning.heading()))
                    .append("** (`")
                    .append(warning.code())
                    .append("`)");
            for (Reason reason : warning.reasons()) {
                md.append(" ").append(escape(reason.text()));
                if (!reason.reference().isEmpty()) {
                    md.append(" <sub>").append(escape(reason.reference())).append("</sub>");
                }
            }
            md.append('\n');
        }
        if (!c.warnings().isEmpty()) {
            md.append('\n');
        }
        md.append("## ").append(escape(w.explanations())).append("\n\n");
        for (ComparisonReport.Party p : c.parties()) {
            md.append("\n---\n\n<a id=\"").append(p.anchor()).append("\"></a>\n\n");
            md.append(new MarkdownCase(p.explained(), 3).render());
        }
        md.append("\n<sub>").append(escape(c.stamp())).append("</sub>\n");
        return md.toString();
    }
}
