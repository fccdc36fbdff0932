package dk.samskab.report;

import dk.samskab.report.model.CaseReport;
import dk.samskab.report.model.Overview;

/**
 * The explained report as Markdown, to attach to a case file: the same parts as every other format, with the 2×2
 * chart as a small table. Several cases get an overview first: a table of all cases and the chart with every
 * case, each linked to its section. Every text is escaped, so a case's text shows as written and never runs.
 */
public final class MarkdownReport {

    public String render(CaseReport report) {
        return new MarkdownCase(report, 1).render();
    }

    public String render(Overview overview) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(overview.title())).append("\n\n");
        md.append("| # | ")
                .append(escape(overview.labels().caseColumn()))
                .append(" | ")
                .append(escape(overview.labels().titleColumn()))
                .append(" | ")
                .append(escape(overview.labels().type()))
                .append(" | ")
                .append(escape(overview.labels().warnings()))
                .append(" |\n|---|---|---|---|---|\n");
        for (Overview.Row row : overview.rows()) {
            md.append("| ").append(row.number()).append(" | [").append(row.id()).append("](#");
            md.append(row.anchor()).append(") | ").append(escape(row.title())).append(" | ");
            md.append(escape(row.report().type().name())).append(" | ");
            md.append(row.warnings().isEmpty() ? "" : "⚠ " + escape(row.warnings()))
                    .append(" |\n");
        }
        md.append("\n## ").append(escape(overview.chart().title())).append("\n\n");
        MarkdownChart.many(md, overview);
        for (Overview.Row row : overview.rows()) {
            md.append("\n---\n\n<a id=\"").append(row.anchor()).append("\"></a>\n\n");
            md.append(new MarkdownCase(row.report(), 2).render());
        }
        return md.toString();
    }

    /** Escapes Markdown and HTML so that a text is shown as written and never runs. */
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
