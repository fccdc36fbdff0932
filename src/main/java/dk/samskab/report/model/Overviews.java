package dk.samskab.report.model;

import dk.samskab.i18n.Lang;
import dk.samskab.model.Codes;
import dk.samskab.model.TypeDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Builds the {@link Overview} of many cases in one language, each case's report with it. */
public final class Overviews {

    private final CaseReports reports;
    private final Wording words;

    public Overviews(Lang lang) {
        this.reports = new CaseReports(lang);
        this.words = new Wording(lang);
    }

    /** The cases classified together; {@code summary} is a replay's summary line, {@code null} outside one. */
    public Overview of(String title, String summary, List<ReportEntry> entries) {
        List<String> anchors = Anchors.of(entries.stream().map(ReportEntry::id).toList());
        List<Overview.Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            rows.add(row(i + 1, anchors.get(i), entries.get(i)));
        }
        boolean allPassed =
                summary != null && entries.stream().allMatch(e -> e.check().passed());
        List<TypeDefinition> definitions = entries.stream()
                .map(ReportEntry::explanation)
                .filter(Objects::nonNull)
                .map(e -> e.outcome().typeDefinitions())
                .filter(d -> !d.isEmpty())
                .findFirst()
                .orElse(List.of());
        Chart chart = new Chart(
                words.text("html.chart-title-many"),
                null,
                words.text("html.chart-caption-many"),
                Charts.quadrants(words, definitions),
                Charts.words(words));
        String rules = entries.stream()
                .map(ReportEntry::explanation)
                .filter(Objects::nonNull)
                .map(e -> e.stamp().rulesSha256())
                .findFirst()
                .orElse(null);
        String stamp = "samskab " + dk.samskab.explain.Stamp.currentVersion() + " · Drools "
                + dk.samskab.explain.Stamp.currentDroolsVersion()
                + (rules == null ? "" : " · " + words.text("html.rules-hash") + ": " + rules);
        return new Overview(
                title,
                summary,
                allPassed,
                counts(rows),
                summary != null && !allPassed ? words.text("html.failures-first") : "",
                rows,
                chart,
                words.text("html.not-plotted-many"),
                stamp,
                reports.labels());
    }

    /** Classified cases outside a replay: "samskab report: N cases". */
    public Overview of(List<ReportEntry> entries) {
        return of(words.text("html.title-many", entries.size()), null, entries);
    }

    /** A replay's cases, failures (and files that could not be read) first. */
    public Overview replay(List<ReportEntry> entries, String summary) {
        List<ReportEntry> ordered = new ArrayList<>();
        entries.stream().filter(e -> !e.check().passed()).forEach(ordered::add);
        entries.stream().filter(e -> e.check().passed()).forEach(ordered::add);
        return of(words.text("html.title-replay"), summary, ordered);
    }

    private Overview.Row row(int number, String anchor, ReportEntry entry) {
        CaseReport report = entry.explanation() == null ? null : reports.of(entry.explanation());
        String label = entry.id() != null ? entry.id() : entry.file().toString().replace('\\', '/');
        String title = report == null && entry.check() != null
                ? String.join(" ", entry.check().differences())
                : entry.title();
        String warnings = report == null
                ? ""
                : report.warnings().items().stream()
                        .map(WarningItem::title)
                        .distinct()
                        .collect(Collectors.joining("; "));
        String tooltip = report == null
                ? ""
                : "#" + number + " " + report.head().id() + ": " + report.head().title() + " — "
                        + report.type().name();
        return new Overview.Row(number, anchor, entry.id(), label, title, warnings, entry.check(), tooltip, report);
    }

    private String counts(List<Overview.Row> rows) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        Codes.TYPES.forEach(t -> byType.put(t, 0));
        long unread = rows.stream().filter(r -> r.report() == null).count();
        rows.stream().filter(r -> r.report() != null).forEach(r -> byType.merge(r.type(), 1, Integer::sum));
        String types = byType.entrySet().stream()
                .filter(t -> t.getValue() > 0)
                .map(t -> words.type(t.getKey()) + " " + t.getValue())
                .collect(Collectors.joining(" · "));
        String counts = words.text("html.case-count", rows.size()) + (types.isEmpty() ? "" : ": " + types);
        return unread == 0 ? counts : counts + " · " + words.text("html.unread-count", unread);
    }
}
