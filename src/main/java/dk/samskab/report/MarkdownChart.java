package dk.samskab.report;

import static dk.samskab.report.MarkdownReport.escape;

import dk.samskab.model.Axis;
import dk.samskab.report.model.CaseReport;
import dk.samskab.report.model.Chart;
import dk.samskab.report.model.Overview;
import dk.samskab.report.model.Placement;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2×2 chart as a Markdown table: each case named in the cell of its quadrant, or, on the line of an axis the
 * facts do not settle, in every cell it borders; below it the chart's caption.
 */
final class MarkdownChart {

    private static final List<String> PREDICTABILITY = Axis.PREDICTABILITY.poles();
    private static final List<String> CENTRAL = Axis.CENTRAL_ACTOR.poles();

    private MarkdownChart() {}

    static void one(StringBuilder md, CaseReport r) {
        Chart chart = r.chart();
        List<Mark> marks = new ArrayList<>();
        if (chart.placement().plotted()) {
            marks.add(new Mark("**● " + escape(chart.words().thisCase()) + "**", chart.placement()));
        }
        table(md, chart, marks);
        md.append(escape(chart.caption())).append("\n\n");
    }

    static void many(StringBuilder md, Overview overview) {
        List<Mark> marks = new ArrayList<>();
        List<String> notPlotted = new ArrayList<>();
        for (Overview.Row row : overview.rows()) {
            if (row.report() == null) {
                continue;
            }
            String name = "[#" + row.number() + "](#" + row.anchor() + ")";
            if (row.plotted()) {
                marks.add(new Mark(name, row.report().chart().placement()));
            } else {
                notPlotted.add(name + " " + row.id() + " ("
                        + escape(row.report().type().name()) + ")");
            }
        }
        table(md, overview.chart(), marks);
        md.append(escape(overview.chart().caption())).append("\n\n");
        if (!notPlotted.isEmpty()) {
            md.append(escape(overview.notPlottedLabel()))
                    .append(' ')
                    .append(String.join(", ", notPlotted))
                    .append("\n\n");
        }
    }

    private record Mark(String name, Placement placement) {}

    private static void table(StringBuilder md, Chart chart, List<Mark> marks) {
        Chart.Words words = chart.words();
        md.append("| | ").append(escape(words.municipality())).append(" | ").append(escape(words.external()));
        md.append(" |\n|---|---|---|\n");
        for (String predictability : PREDICTABILITY) {
            String end = predictability.equals("predictable") ? words.predictable() : words.unpredictable();
            md.append("| **").append(escape(end)).append("** |");
            for (String central : CENTRAL) {
                Chart.Quadrant quadrant = chart.at(predictability, central);
                md.append(' ').append(quadrant == null || quadrant.name() == null ? "" : escape(quadrant.name()));
                List<String> here = new ArrayList<>();
                for (Mark mark : marks) {
                    Placement p = mark.placement();
                    boolean rowFits = !p.predictabilitySettled() || predictability.equals(p.predictabilityPosition());
                    boolean columnFits = !p.centralActorSettled() || central.equals(p.centralActorPosition());
                    if (rowFits && columnFits) {
                        boolean onLine = !p.predictabilitySettled() || !p.centralActorSettled();
                        here.add(onLine ? mark.name() + " (" + escape(words.onTheLine()) + ")" : mark.name());
                    }
                }
                if (!here.isEmpty()) {
                    md.append(": ").append(String.join(" ", here));
                }
                md.append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }
}
