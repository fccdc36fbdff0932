package dk.samskab.report;

import dk.samskab.explain.Stamp;
import dk.samskab.i18n.Lang;
import dk.samskab.report.model.CaseReports;
import dk.samskab.report.model.ComparisonReport;
import dk.samskab.report.model.Overview;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison as one self-contained HTML page, like the other HTML reports (inline CSS and SVG, no script,
 * nothing loaded from elsewhere): the verdict and what to agree on first, the parties, one 2×2 chart with every
 * party's description as a numbered marker linked to its explanation, the disagreements as a table (fact × party),
 * the common ground, the comparison's warnings, and each party's full report in a section of its own.
 */
public final class ComparisonHtml {

    private static final String CSS = HtmlReport.css();

    private final Lang lang;

    public ComparisonHtml(Lang lang) {
        this.lang = lang;
    }

    public String render(ComparisonReport c) {
        List<Overview.Row> rows = new ArrayList<>();
        List<HtmlChart.Marker> markers = new ArrayList<>();
        for (ComparisonReport.Party p : c.parties()) {
            String tooltip = p.number() + " " + p.name() + ": " + p.type().name();
            rows.add(new Overview.Row(
                    p.number(),
                    p.anchor(),
                    p.report().head().id(),
                    p.name(),
                    p.report().head().title(),
                    p.warningTitles(),
                    null,
                    tooltip,
                    p.explained()));
            if (p.report().chart().placement().plotted()) {
                markers.add(new HtmlChart.Marker(
                        p.report().head().id(),
                        p.anchor(),
                        String.valueOf(p.number()),
                        tooltip,
                        p.type().code(),
                        p.report().chart().placement()));
            }
        }
        ChartLayout chart = ChartLayout.of("compare-chart", c.chart().title(), c.chart(), markers);
        return Templates.page(
                lang.code(),
                c.title() + " — samskab",
                "many compare",
                CSS,
                Stamp.currentVersion(),
                Templates.compare(c, chart, rows, new CaseReports(lang).labels()));
    }
}
