package dk.samskab.report;

import static dk.samskab.report.Html.num;
import static dk.samskab.report.MarkerLayout.CENTRE;
import static dk.samskab.report.MarkerLayout.LABEL_BAND;
import static dk.samskab.report.MarkerLayout.MARGIN;
import static dk.samskab.report.MarkerLayout.PLOT;

import dk.samskab.report.model.CaseReport;
import dk.samskab.report.model.Chart;
import dk.samskab.report.model.Placement;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2×2 chart laid out for its template ({@code chart.jte}): every number the SVG needs, already written as
 * text (one decimal, a dot whatever the locale), so the template only places them. {@code links} is true when the
 * markers link to their cases: the chart is then a group of links, not an image.
 */
public record ChartLayout(
        String id, String title, boolean links, int size, List<Cell> cells, List<Label> labels, List<Dot> dots) {

    /** A quadrant: its rectangle, the type the rules define there and where its name is written. */
    public record Cell(
            String type,
            String predictability,
            String centralActor,
            String x,
            String y,
            String half,
            String name,
            String note,
            String textX,
            String textY,
            String noteY,
            String anchor) {}

    /** A text on the chart's edge: an end of an axis, turned {@code rotate} degrees about its point. */
    public record Label(String cls, String x, String y, String transform, String text) {}

    /** A drawn marker, its dashed guides to the centre lines (one case alone), and its number (many cases). */
    public record Dot(HtmlChart.Marker marker, String cx, String cy, String r, String labelY, List<String[]> guides) {
        public Placement placement() {
            return marker.placement();
        }
    }

    /** The chart of one case, with its marker when it is plotted. */
    public static ChartLayout one(CaseReport r, String anchor) {
        Chart chart = r.chart();
        List<HtmlChart.Marker> markers = chart.placement().plotted()
                ? List.of(new HtmlChart.Marker(
                        r.head().id(),
                        null,
                        null,
                        r.head().id() + " — " + r.type().name(),
                        r.type().code(),
                        chart.placement()))
                : List.of();
        return of(anchor + "-chart", chart.title(), chart, markers);
    }

    static ChartLayout of(String id, String title, Chart chart, List<HtmlChart.Marker> markers) {
        boolean many = markers.size() > 1;
        double radius = many ? 9 : 11;
        List<double[]> points = MarkerLayout.layout(
                markers.stream().map(HtmlChart.Marker::placement).toList(), radius);
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            double[] at = points.get(i);
            Placement p = markers.get(i).placement();
            List<String[]> guides = new ArrayList<>();
            if (!many && p.centralActorSettled()) {
                guides.add(new String[] {num(CENTRE), num(at[1]), num(at[0]), num(at[1])});
            }
            if (!many && p.predictabilitySettled()) {
                guides.add(new String[] {num(at[0]), num(CENTRE), num(at[0]), num(at[1])});
            }
            dots.add(new Dot(markers.get(i), num(at[0]), num(at[1]), num(radius), num(at[1] + 3.5), guides));
        }
        boolean links = markers.stream().anyMatch(m -> m.anchor() != null);
        return new ChartLayout(id, title, links, MarkerLayout.SIZE, cells(chart), labels(chart.words()), dots);
    }

    private static List<Cell> cells(Chart chart) {
        double half = PLOT / 2.0;
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < chart.quadrants().size(); i++) {
            Chart.Quadrant q = chart.quadrants().get(i);
            int row = i / 2;
            int column = i % 2;
            double x = MARGIN + column * half;
            double y = MARGIN + row * half;
            boolean left = column == 0;
            double ty = row == 0 ? y + 18 : y + half - LABEL_BAND + 18;
            cells.add(new Cell(
                    q.type() == null ? "none" : q.type(),
                    q.predictability(),
                    q.centralActor(),
                    num(x),
                    num(y),
                    num(half),
                    q.name(),
                    q.danishAside(),
                    num(left ? x + 10 : x + half - 10),
                    num(ty),
                    num(ty + 15),
                    left ? "start" : "end"));
        }
        return cells;
    }

    private static List<Label> labels(Chart.Words words) {
        double end = MARGIN + PLOT;
        return List.of(
                label("axis-label axis-predictable", CENTRE, MARGIN - 12, 0, words.predictable()),
                label("axis-label axis-unpredictable", CENTRE, end + 24, 0, words.unpredictable()),
                label("axis-label axis-municipality", MARGIN - 12, CENTRE, -90, words.municipality()),
                label("axis-label axis-external", end + 12, CENTRE, 90, words.external()));
    }

    private static Label label(String cls, double x, double y, int rotate, String text) {
        String transform = rotate == 0 ? null : "rotate(" + rotate + " " + num(x) + " " + num(y) + ")";
        return new Label(cls, num(x), num(y), transform, text);
    }

    public String centre() {
        return num(CENTRE);
    }

    public String margin() {
        return String.valueOf(MARGIN);
    }

    public String plot() {
        return String.valueOf(PLOT);
    }

    public String end() {
        return String.valueOf(MARGIN + PLOT);
    }
}
