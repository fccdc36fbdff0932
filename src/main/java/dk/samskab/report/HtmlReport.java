package dk.samskab.report;

import static dk.samskab.report.Html.text;

import dk.samskab.explain.Explanation;
import dk.samskab.explain.Stamp;
import dk.samskab.explain.WarningView;
import dk.samskab.model.TypeDefinition;
import dk.samskab.model.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML file: inline CSS and SVG, no script, and nothing loaded from anywhere else
 * (a Content-Security-Policy says so to the browser too), so it opens from a USB stick with no network. One case
 * gets a page of its own; several get an overview first (a table of all cases and one 2×2 chart with every case
 * plotted, each linked to its section). A replay puts its failures first. Every text from a case file is escaped.
 */
public final class HtmlReport {

    private static final String CSS = Html.resource(HtmlReport.class, "report.css");

    private final Words words;

    public HtmlReport(Words words) {
        this.words = words;
    }

    /** One case alone on a page; several under an overview. */
    public String render(List<Explanation> explanations) {
        if (explanations.size() == 1) {
            Explanation e = explanations.get(0);
            String anchor = Anchors.of(List.of(e.source().id())).get(0);
            return page(
                    e.source().title() + " — samskab",
                    "single",
                    new HtmlCase(words, 1).render(ReportEntry.of(e), anchor, false));
        }
        List<ReportEntry> entries = explanations.stream().map(ReportEntry::of).toList();
        return overview(words.text("html.title-many", entries.size()), null, entries);
    }

    /**
     * The result of one case alone, to show inside another page (the interview): the warnings, the type and roles,
     * the 2×2 chart and the round table, as the report shows them. Headings start at {@code h3}; {@code anchor}
     * prefixes the ids inside.
     */
    public String summary(Explanation e, String anchor) {
        return new HtmlCase(words, 2).renderSummary(e, anchor);
    }

    /** The report's style sheet, for a page that shows parts of a report. */
    public static String css() {
        return CSS;
    }

    /** A replay: the overview with a PASS/FAIL column, failures (and files that could not be read) first. */
    public String renderReplay(List<ReportEntry> entries, String summary) {
        List<ReportEntry> ordered = new ArrayList<>();
        entries.stream().filter(e -> !e.check().passed()).forEach(ordered::add);
        entries.stream().filter(e -> e.check().passed()).forEach(ordered::add);
        return overview(words.text("html.title-replay"), summary, ordered);
    }

    private String overview(String title, String summary, List<ReportEntry> entries) {
        List<String> anchors = Anchors.of(entries.stream().map(ReportEntry::id).toList());
        boolean replay = summary != null;
        StringBuilder body = new StringBuilder();
        body.append("<header class=\"page-head\">\n<h1>").append(text(title)).append("</h1>\n");
        if (replay) {
            boolean passed = entries.stream().allMatch(e -> e.check().passed());
            body.append("<p class=\"summary ")
                    .append(passed ? "all-passed" : "some-failed")
                    .append("\">")
                    .append(text(summary))
                    .append("</p>\n");
        }
        body.append("<p class=\"counts\">").append(text(counts(entries))).append("</p>\n</header>\n");
        body.append("<section class=\"overview\" id=\"overview\">\n<h2>")
                .append(text(words.text("html.overview")))
                .append("</h2>\n");
        if (replay && entries.stream().anyMatch(e -> !e.check().passed())) {
            body.append("<p class=\"failures-first\">")
                    .append(text(words.text("html.failures-first")))
                    .append("</p>\n");
        }
        table(body, entries, anchors, replay);
        chart(body, entries, anchors);
        body.append("</section>\n");
        HtmlCase section = new HtmlCase(words, 2);
        for (int i = 0; i < entries.size(); i++) {
            body.append(section.render(entries.get(i), anchors.get(i), true));
        }
        stamp(body, entries);
        return page(title, replay ? "many replay" : "many", body.toString());
    }

    private String counts(List<ReportEntry> entries) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        Vocabulary.TYPES.forEach(t -> byType.put(t, 0));
        int unread = 0;
        for (ReportEntry entry : entries) {
            if (entry.explanation() == null) {
                unread++;
            } else {
                byType.merge(entry.explanation().type(), 1, Integer::sum);
            }
        }
        String types = byType.entrySet().stream()
                .filter(t -> t.getValue() > 0)
                .map(t -> words.type(t.getKey()) + " " + t.getValue())
                .collect(Collectors.joining(" · "));
        String counts = words.text("html.case-count", entries.size()) + (types.isEmpty() ? "" : ": " + types);
        return unread == 0 ? counts : counts + " · " + words.text("html.unread-count", unread);
    }

    private void table(StringBuilder html, List<ReportEntry> entries, List<String> anchors, boolean replay) {
        html.append("<table class=\"cases\">\n<thead><tr><th class=\"col-n\">#</th>");
        if (replay) {
            html.append("<th class=\"col-verdict\">")
                    .append(text(words.text("html.verdict")))
                    .append("</th>");
        }
        html.append("<th class=\"col-id\">")
                .append(text(words.text("html.id")))
                .append("</th><th class=\"col-title\">")
                .append(text(words.text("html.title")))
                .append("</th><th class=\"col-type\">")
                .append(text(words.text("report.type")))
                .append("</th><th class=\"col-warnings\">")
                .append(text(words.text("report.warnings")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < entries.size(); i++) {
            ReportEntry entry = entries.get(i);
            Explanation e = entry.explanation();
            String type = e == null ? "error" : e.type();
            html.append("<tr class=\"t-")
                    .append(text(type))
                    .append("\" data-case=\"")
                    .append(text(entry.id()))
                    .append("\"><td class=\"col-n\">")
                    .append(i + 1)
                    .append("</td>");
            if (replay) {
                String verdict = entry.check().verdict();
                html.append("<td class=\"col-verdict verdict-")
                        .append(text(verdict.toLowerCase(java.util.Locale.ROOT)))
                        .append("\">")
                        .append(text(verdict))
                        .append("</td>");
            }
            html.append("<td class=\"col-id\"><a href=\"#")
                    .append(text(anchors.get(i)))
                    .append("\">")
                    .append(text(
                            entry.id() != null
                                    ? entry.id()
                                    : entry.file().toString().replace('\\', '/')))
                    .append("</a></td><td class=\"col-title\">");
            if (e == null && entry.check() != null) {
                html.append(text(String.join(" ", entry.check().differences())));
            } else {
                html.append(text(entry.title()));
            }
            html.append("</td><td class=\"col-type\">");
            if (e != null) {
                html.append("<span class=\"dot\" aria-hidden=\"true\"></span>").append(text(words.type(type)));
            }
            html.append("</td><td class=\"col-warnings\">");
            if (e != null && !e.warnings().isEmpty()) {
                html.append("<span class=\"warning-mark\" aria-hidden=\"true\">⚠</span> ")
                        .append(text(e.warnings().stream()
                                .map(WarningView::code)
                                .distinct()
                                .map(words::warning)
                                .collect(Collectors.joining("; "))));
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void chart(StringBuilder html, List<ReportEntry> entries, List<String> anchors) {
        List<TypeDefinition> definitions = entries.stream()
                .map(ReportEntry::explanation)
                .filter(Objects::nonNull)
                .map(e -> e.outcome().typeDefinitions())
                .filter(d -> !d.isEmpty())
                .findFirst()
                .orElse(List.of());
        List<HtmlChart.Marker> markers = new ArrayList<>();
        List<String> notPlotted = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Explanation e = entries.get(i).explanation();
            if (e == null) {
                continue;
            }
            Placement placement = Placement.of(e);
            String number = String.valueOf(i + 1);
            if (placement.plotted()) {
                String tooltip =
                        "#" + number + " " + e.source().id() + ": " + e.source().title() + " — " + words.type(e.type());
                markers.add(
                        new HtmlChart.Marker(e.source().id(), anchors.get(i), number, tooltip, e.type(), placement));
            } else {
                notPlotted.add("<a href=\"#" + text(anchors.get(i)) + "\">#" + number + " "
                        + text(e.source().id()) + "</a> (" + text(words.type(e.type())) + ")");
            }
        }
        html.append("<figure class=\"chart-figure overview-chart\">\n")
                .append(new HtmlChart(words, definitions)
                        .render("overview-chart", words.text("html.chart-title-many"), markers))
                .append("\n<figcaption>")
                .append(text(words.text("html.chart-caption-many")));
        if (!notPlotted.isEmpty()) {
            html.append("<br><span class=\"not-plotted\">")
                    .append(text(words.text("html.not-plotted-many")))
                    .append(' ')
                    .append(String.join(", ", notPlotted))
                    .append("</span>");
        }
        html.append("</figcaption>\n</figure>\n");
    }

    private void stamp(StringBuilder html, List<ReportEntry> entries) {
        String rules = entries.stream()
                .map(ReportEntry::explanation)
                .filter(Objects::nonNull)
                .map(e -> e.stamp().rulesSha256())
                .findFirst()
                .orElse(null);
        html.append("<footer class=\"page-stamp\"><p>samskab ")
                .append(text(Stamp.currentVersion()))
                .append(" · Drools ")
                .append(text(Stamp.currentDroolsVersion()));
        if (rules != null) {
            html.append(" · ")
                    .append(text(words.text("html.rules-hash")))
                    .append(": <code>")
                    .append(text(rules))
                    .append("</code>");
        }
        html.append("</p></footer>\n");
    }

    private String page(String title, String kind, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + words.lang().code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'\">\n"
                + "<meta name=\"generator\" content=\"samskab " + text(Stamp.currentVersion()) + "\">\n"
                + "<title>" + text(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body class=\""
                + kind + "\">\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }
}
