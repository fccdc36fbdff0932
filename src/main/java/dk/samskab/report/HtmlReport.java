package dk.samskab.report;

import dk.samskab.explain.Explanation;
import dk.samskab.explain.Stamp;
import dk.samskab.i18n.Lang;
import dk.samskab.report.model.Anchors;
import dk.samskab.report.model.CaseReport;
import dk.samskab.report.model.CaseReports;
import dk.samskab.report.model.Overview;
import dk.samskab.report.model.Overviews;
import dk.samskab.report.model.ReportEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as one self-contained HTML file, from the templates in {@code src/main/jte}: inline CSS and SVG, no
 * script, and nothing loaded from anywhere else (a Content-Security-Policy says so to the browser too), so it
 * opens from a USB stick with no network. One case gets a page of its own; several get an overview first (a table
 * of all cases and one 2×2 chart with every case plotted, each linked to its section). A replay puts its failures
 * first.
 */
public final class HtmlReport {

    private static final String CSS = Html.resource(HtmlReport.class, "report.css");

    private final Lang lang;

    public HtmlReport(Lang lang) {
        this.lang = lang;
    }

    public HtmlReport(CodeWords words) {
        this(words.lang());
    }

    /** One case alone on a page; several under an overview. */
    public String render(List<Explanation> explanations) {
        if (explanations.size() == 1) {
            return render(new CaseReports(lang).of(explanations.get(0)));
        }
        return render(new Overviews(lang)
                .of(explanations.stream().map(ReportEntry::of).toList()));
    }

    /** One case alone on a page. */
    public String render(CaseReport r) {
        String anchor = Anchors.of(List.of(r.head().id())).get(0);
        Overview.Row row = new Overview.Row(
                1, anchor, r.head().id(), r.head().id(), r.head().title(), "", null, "", r);
        return page(r.head().title() + " — samskab", "single", Templates.oneCase(row, r.labels()));
    }

    /** Many cases under an overview. */
    public String render(Overview overview) {
        return page(
                overview.title(),
                overview.replay() ? "many replay" : "many",
                Templates.overview(overview, chart(overview)));
    }

    /**
     * The result of one case alone, to show inside another page (the interview): the warnings, the type and roles,
     * the 2×2 chart and the round table, as the report shows them. Headings start at {@code h3}; {@code anchor}
     * prefixes the ids inside.
     */
    public String summary(Explanation e, String anchor) {
        return Templates.summary(new CaseReports(lang).of(e), anchor);
    }

    /**
     * The interview's "so far" summary of a case, from the same report model: the warnings in words, with their
     * codes and rules behind a "for rule authors" disclosure, then the type, the roles and the figures.
     */
    public String soFar(Explanation e, String anchor) {
        return Templates.soFar(new CaseReports(lang).of(e), anchor);
    }

    /** The report's style sheet, for a page that shows parts of a report. */
    public static String css() {
        return CSS;
    }

    /** A replay: the overview with a PASS/FAIL column, failures (and files that could not be read) first. */
    public String renderReplay(List<ReportEntry> entries, String summary) {
        return render(new Overviews(lang).replay(entries, summary));
    }

    private static ChartLayout chart(Overview overview) {
        List<HtmlChart.Marker> markers = new ArrayList<>();
        for (Overview.Row row : overview.rows()) {
            if (row.plotted()) {
                markers.add(new HtmlChart.Marker(
                        row.id(),
                        row.anchor(),
                        String.valueOf(row.number()),
                        row.tooltip(),
                        row.type(),
                        row.report().chart().placement()));
            }
        }
        return ChartLayout.of("overview-chart", overview.chart().title(), overview.chart(), markers);
    }

    private String page(String title, String kind, gg.jte.Content body) {
        return Templates.page(lang.code(), title, kind, CSS, Stamp.currentVersion(), body);
    }
}
