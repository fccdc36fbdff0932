package dk.samskab.report.model;

import java.util.List;

/**
 * A report of many cases, worded once: its title, the replay's summary ({@code null} outside a replay), the
 * counts per type, one row per case (the case's own report, or {@code null} for a file that could not be read),
 * the chart with every case, and the page's stamp.
 */
public record Overview(
        String title,
        String summary,
        boolean allPassed,
        String counts,
        String failuresFirst,
        List<Row> rows,
        Chart chart,
        String notPlottedLabel,
        String stamp,
        Labels labels) {

    public Overview {
        rows = List.copyOf(rows);
    }

    public boolean replay() {
        return summary != null;
    }

    /**
     * One case of the overview: its number and anchor, how it is named in the table ({@code label}: its id, or
     * the file that could not be read), its warnings' titles in one phrase, the replay's verdict and lines (or
     * {@code null}), the marker's tooltip, and its report.
     */
    public record Row(
            int number,
            String anchor,
            String id,
            String label,
            String title,
            String warnings,
            ReportEntry.Check check,
            String tooltip,
            CaseReport report) {

        public String type() {
            return report == null ? "error" : report.type().code();
        }

        public boolean plotted() {
            return report != null && report.chart().placement().plotted();
        }
    }
}
