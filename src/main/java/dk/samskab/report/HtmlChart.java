package dk.samskab.report;

import dk.samskab.model.TypeDefinition;
import dk.samskab.report.model.Chart;
import dk.samskab.report.model.Charts;
import dk.samskab.report.model.Placement;
import dk.samskab.report.model.Wording;
import java.util.List;

/**
 * The article's 2×2 figure as inline SVG: predictability up and down (Forudsigelighed above, Uforudsigelighed
 * below), the central actor left and right (the municipality left, citizens, companies and civil society right),
 * each quadrant named by the rules' own type definitions, and one marker per plotted case at its
 * {@link Placement}. With many cases, markers that would overlap are moved apart within their quadrant, or along
 * the line an unsettled axis keeps them on ({@link MarkerLayout}); markers that link to their cases make the chart
 * a group of links rather than an image. Drawn by the template {@code chart.jte} from a {@link ChartLayout}.
 */
public final class HtmlChart {

    /** One case to plot: the anchor its marker links to (none for a single case) and the number it shows. */
    public record Marker(
            String caseId, String anchor, String label, String tooltip, String type, Placement placement) {}

    static final int PLOT = MarkerLayout.PLOT;
    static final int MARGIN = MarkerLayout.MARGIN;

    private final Chart chart;

    /** The chart with the quadrants the rules define in {@code definitions}, in the language of {@code words}. */
    public HtmlChart(CodeWords words, List<TypeDefinition> definitions) {
        Wording wording = new Wording(words.lang());
        this.chart = new Chart("", null, "", Charts.quadrants(wording, definitions), Charts.words(wording));
    }

    /** The chart of a report model (its quadrants and words). */
    public HtmlChart(Chart chart) {
        this.chart = chart;
    }

    /** The chart with {@code markers}; {@code id} names the {@code svg} and prefixes its inner ids. */
    public String render(String id, String title, List<Marker> markers) {
        return Templates.chart(ChartLayout.of(id, title, chart, markers));
    }
}
