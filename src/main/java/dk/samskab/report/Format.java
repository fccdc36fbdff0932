package dk.samskab.report;

import dk.samskab.explain.Explanation;
import dk.samskab.i18n.Lang;
import dk.samskab.report.model.CaseReport;
import dk.samskab.report.model.CaseReports;
import dk.samskab.report.model.ComparisonReport;
import dk.samskab.report.model.Comparisons;
import dk.samskab.report.model.Overviews;
import dk.samskab.report.model.ReportEntry;
import java.util.List;
import java.util.Locale;

/** The formats a report is written in; {@code --format text|json|markdown|html}. */
public enum Format {
    TEXT,
    JSON,
    MARKDOWN,
    HTML;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return code();
    }

    /** Renders the comparison of the parties' descriptions of one process in this format and language. */
    public String render(dk.samskab.compare.Comparison comparison, Lang lang) {
        ComparisonReport report = new Comparisons(lang).of(comparison);
        return switch (this) {
            case TEXT -> new ComparisonText().render(report);
            case JSON -> new ComparisonJson().render(report);
            case MARKDOWN -> new ComparisonMarkdown().render(report);
            case HTML -> new ComparisonHtml(lang).render(report);
        };
    }

    /**
     * Renders one or more explained cases in this format and language: each is worded once into its
     * {@link CaseReport}, which the format lays out. Only the HTML format loads the HTML templates.
     */
    public String render(List<Explanation> explanations, Lang lang) {
        if (this == HTML) {
            return new HtmlReport(lang).render(explanations);
        }
        if (this == MARKDOWN && explanations.size() > 1) {
            return new MarkdownReport()
                    .render(new Overviews(lang)
                            .of(explanations.stream().map(ReportEntry::of).toList()));
        }
        CaseReports reports = new CaseReports(lang);
        List<CaseReport> worded = explanations.stream().map(reports::of).toList();
        return switch (this) {
            case TEXT -> new TextReport().render(worded);
            case JSON -> new JsonReport(lang).render(worded);
            default -> new MarkdownReport().render(worded.get(0));
        };
    }
}
