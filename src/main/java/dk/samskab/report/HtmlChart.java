package dk.samskab.report;

import static dk.samskab.report.Html.num;
import static dk.samskab.report.Html.text;

import dk.samskab.model.Axis;
import dk.samskab.model.TypeDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The article's 2×2 figure as inline SVG: predictability up and down (Forudsigelighed above, Uforudsigelighed
 * below), the central actor left and right (the municipality left, citizens, companies and civil society right),
 * each quadrant named by the rules' own type definitions, and one marker per plotted case at its
 * {@link Placement}. With many cases, markers that would overlap are moved apart within their quadrant, or along
 * the line an unsettled axis keeps them on. Every element a test needs has a stable class or data attribute.
 */
final class HtmlChart {

    /** One case to plot: the anchor its marker links to (none for a single case) and the number it shows. */
    record Marker(String caseId, String anchor, String label, String tooltip, String type, Placement placement) {}

    static final int PLOT = 480;
    static final int MARGIN = 36;
    static final int SIZE = PLOT + 2 * MARGIN;
    private static final double CENTRE = MARGIN + PLOT / 2.0;
    /** The strip along the top and bottom edges that holds the quadrants' names; markers keep out of it. */
    private static final double LABEL_BAND = 40;

    private final Words words;
    private final List<TypeDefinition> definitions;

    HtmlChart(Words words, List<TypeDefinition> definitions) {
        this.words = words;
        this.definitions = List.copyOf(definitions);
    }

    /** The chart with {@code markers}; {@code id} names the {@code svg} and prefixes its inner ids. */
    String render(String id, String title, List<Marker> markers) {
        boolean many = markers.size() > 1;
        double radius = many ? 9 : 11;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"typology-chart\" id=\"")
                .append(text(id))
                .append("\" viewBox=\"0 0 ")
                .append(SIZE)
                .append(' ')
                .append(SIZE)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(text(id))
                .append("-title\">\n<title id=\"")
                .append(text(id))
                .append("-title\">")
                .append(text(title))
                .append("</title>\n");
        quadrants(svg);
        axes(svg, id);
        List<double[]> points = layout(markers, radius);
        for (int i = 0; i < markers.size(); i++) {
            marker(svg, markers.get(i), points.get(i), radius, many);
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private void quadrants(StringBuilder svg) {
        List<String> predictability = Axis.PREDICTABILITY.poles();
        List<String> central = Axis.CENTRAL_ACTOR.poles();
        double half = PLOT / 2.0;
        for (int row = 0; row < 2; row++) {
            for (int column = 0; column < 2; column++) {
                String type = Placement.typeAt(definitions, predictability.get(row), central.get(column));
                double x = MARGIN + column * half;
                double y = MARGIN + row * half;
                svg.append("<rect class=\"quadrant t-")
                        .append(type == null ? "none" : type)
                        .append("\" data-quadrant=\"")
                        .append(type == null ? "none" : type)
                        .append("\" data-predictability=\"")
                        .append(predictability.get(row))
                        .append("\" data-central-actor=\"")
                        .append(central.get(column))
                        .append("\" x=\"")
                        .append(num(x))
                        .append("\" y=\"")
                        .append(num(y))
                        .append("\" width=\"")
                        .append(num(half))
                        .append("\" height=\"")
                        .append(num(half))
                        .append("\"/>\n");
                if (type != null) {
                    boolean left = column == 0;
                    double tx = left ? x + 10 : x + half - 10;
                    double ty = row == 0 ? y + 18 : y + half - LABEL_BAND + 18;
                    String anchor = left ? "start" : "end";
                    svg.append("<text class=\"quadrant-name\" x=\"")
                            .append(num(tx))
                            .append("\" y=\"")
                            .append(num(ty))
                            .append("\" text-anchor=\"")
                            .append(anchor)
                            .append("\">")
                            .append(text(words.type(type)))
                            .append("</text>\n");
                    String danish = Words.danishType(type);
                    if (!danish.equals(words.type(type))) {
                        svg.append("<text class=\"quadrant-note\" x=\"")
                                .append(num(tx))
                                .append("\" y=\"")
                                .append(num(ty + 15))
                                .append("\" text-anchor=\"")
                                .append(anchor)
                                .append("\">")
                                .append(text(danish))
                                .append("</text>\n");
                    }
                }
            }
        }
    }

    private void axes(StringBuilder svg, String id) {
        double end = MARGIN + PLOT;
        svg.append("<rect class=\"plot-frame\" x=\"")
                .append(MARGIN)
                .append("\" y=\"")
                .append(MARGIN)
                .append("\" width=\"")
                .append(PLOT)
                .append("\" height=\"")
                .append(PLOT)
                .append("\"/>\n");
        svg.append("<line class=\"axis-line\" id=\"")
                .append(text(id))
                .append("-predictability-line\" x1=\"")
                .append(MARGIN)
                .append("\" y1=\"")
                .append(num(CENTRE))
                .append("\" x2=\"")
                .append(end)
                .append("\" y2=\"")
                .append(num(CENTRE))
                .append("\"/>\n");
        svg.append("<line class=\"axis-line\" id=\"")
                .append(text(id))
                .append("-central-actor-line\" x1=\"")
                .append(num(CENTRE))
                .append("\" y1=\"")
                .append(MARGIN)
                .append("\" x2=\"")
                .append(num(CENTRE))
                .append("\" y2=\"")
                .append(end)
                .append("\"/>\n");
        label(svg, "axis-label axis-predictable", CENTRE, MARGIN - 12, 0, words.text("chart.predictable"));
        label(svg, "axis-label axis-unpredictable", CENTRE, end + 24, 0, words.text("chart.unpredictable"));
        label(svg, "axis-label axis-municipality", MARGIN - 12, CENTRE, -90, words.text("chart.municipality"));
        label(svg, "axis-label axis-external", end + 12, CENTRE, 90, words.text("chart.external"));
    }

    private static void label(StringBuilder svg, String cls, double x, double y, int rotate, String label) {
        svg.append("<text class=\"")
                .append(cls)
                .append("\" x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y))
                .append("\" text-anchor=\"middle\"");
        if (rotate != 0) {
            svg.append(" transform=\"rotate(")
                    .append(rotate)
                    .append(' ')
                    .append(num(x))
                    .append(' ')
                    .append(num(y))
                    .append(")\"");
        }
        svg.append('>').append(text(label)).append("</text>\n");
    }

    private void marker(StringBuilder svg, Marker m, double[] at, double radius, boolean many) {
        Placement p = m.placement();
        if (!many) {
            guides(svg, p, at);
        }
        if (m.anchor() != null) {
            svg.append("<a class=\"marker-link\" href=\"#")
                    .append(text(m.anchor()))
                    .append("\">");
        }
        svg.append("<g class=\"marker t-")
                .append(text(m.type()))
                .append("\" data-case=\"")
                .append(text(m.caseId()))
                .append("\" data-quadrant=\"")
                .append(text(p.quadrant()))
                .append("\" data-predictability=\"")
                .append(text(p.predictabilityPosition()))
                .append("\" data-central-actor=\"")
                .append(text(p.centralActorPosition()))
                .append("\" data-balance-predictability=\"")
                .append(Html.balance(p.predictability()))
                .append("\" data-balance-central-actor=\"")
                .append(Html.balance(p.centralActor()))
                .append("\">");
        svg.append("<title>").append(text(m.tooltip())).append("</title>");
        svg.append("<circle class=\"marker-dot\" cx=\"")
                .append(num(at[0]))
                .append("\" cy=\"")
                .append(num(at[1]))
                .append("\" r=\"")
                .append(num(radius))
                .append("\"/>");
        if (m.label() != null) {
            svg.append("<text class=\"marker-label\" x=\"")
                    .append(num(at[0]))
                    .append("\" y=\"")
                    .append(num(at[1] + 3.5))
                    .append("\" text-anchor=\"middle\">")
                    .append(text(m.label()))
                    .append("</text>");
        }
        svg.append("</g>");
        if (m.anchor() != null) {
            svg.append("</a>");
        }
        svg.append('\n');
    }

    /** Dashed lines from a single marker to the centre lines, to read its distance from each. */
    private static void guides(StringBuilder svg, Placement p, double[] at) {
        if (p.centralActorSettled()) {
            svg.append("<line class=\"guide\" x1=\"")
                    .append(num(CENTRE))
                    .append("\" y1=\"")
                    .append(num(at[1]))
                    .append("\" x2=\"")
                    .append(num(at[0]))
                    .append("\" y2=\"")
                    .append(num(at[1]))
                    .append("\"/>\n");
        }
        if (p.predictabilitySettled()) {
            svg.append("<line class=\"guide\" x1=\"")
                    .append(num(at[0]))
                    .append("\" y1=\"")
                    .append(num(CENTRE))
                    .append("\" x2=\"")
                    .append(num(at[0]))
                    .append("\" y2=\"")
                    .append(num(at[1]))
                    .append("\"/>\n");
        }
    }

    /**
     * The drawn centre of each marker: its ideal point, or for many markers the nearest free point that keeps
     * it in its quadrant (or on the line of an unsettled axis). Deterministic: the same cases give the same chart.
     */
    static List<double[]> layout(List<Marker> markers, double radius) {
        double reachX = PLOT / 2.0 - radius - 8;
        double reachY = PLOT / 2.0 - radius - LABEL_BAND - 4;
        List<double[]> placed = new ArrayList<>();
        for (Marker marker : markers) {
            Placement p = marker.placement();
            double x = CENTRE + p.centralActor() * reachX;
            double y = CENTRE - p.predictability() * reachY;
            if (markers.size() == 1) {
                placed.add(new double[] {x, y});
                continue;
            }
            placed.add(free(x, y, p, radius, placed));
        }
        return placed;
    }

    private static double[] free(double x, double y, Placement p, double radius, List<double[]> placed) {
        double tolerance = !p.predictabilitySettled() && !p.centralActorSettled() ? radius / 2 : 0;
        double[] best = {x, y};
        double bestGap = -1;
        for (double[] offset : offsets(radius, tolerance)) {
            double cx = x + offset[0];
            double cy = y + offset[1];
            if (!allowed(cx, p.centralActorSettled(), p.centralActor(), radius, tolerance, 0)
                    || !allowed(cy, p.predictabilitySettled(), -p.predictability(), radius, tolerance, LABEL_BAND)) {
                continue;
            }
            double gap = placed.stream()
                    .mapToDouble(o -> Math.hypot(o[0] - cx, o[1] - cy))
                    .min()
                    .orElse(Double.MAX_VALUE);
            if (gap >= 2 * radius + 1) {
                return new double[] {cx, cy};
            }
            if (gap > bestGap) {
                bestGap = gap;
                best = new double[] {cx, cy};
            }
        }
        return best;
    }

    /**
     * A coordinate stays on its side of the centre line and off the outer {@code band} when settled, and on the
     * line (within tolerance) when not.
     */
    private static boolean allowed(
            double c, boolean settled, double side, double radius, double tolerance, double band) {
        if (!settled) {
            return Math.abs(c - CENTRE) <= tolerance + 1e-9;
        }
        double margin = radius + 3;
        return side > 0
                ? c >= CENTRE + margin && c <= MARGIN + PLOT - band - margin
                : c <= CENTRE - margin && c >= MARGIN + band + margin;
    }

    /** Offsets on a hexagonal grid one marker apart, nearest first; and a fine grid within the tolerance. */
    private static List<double[]> offsets(double radius, double tolerance) {
        double step = 2 * radius + 2;
        List<double[]> offsets = new ArrayList<>();
        int reach = (int) Math.ceil(PLOT / step);
        for (int row = -reach; row <= reach; row++) {
            for (int column = -reach; column <= reach; column++) {
                offsets.add(new double[] {
                    (column + (Math.floorMod(row, 2) == 1 ? 0.5 : 0)) * step, row * step * Math.sqrt(3) / 2
                });
            }
        }
        if (tolerance > 0) {
            for (double dx = -tolerance; dx <= tolerance; dx += tolerance / 2) {
                for (double dy = -tolerance; dy <= tolerance; dy += tolerance / 2) {
                    offsets.add(new double[] {dx, dy});
                }
            }
        }
        offsets.sort(Comparator.comparingDouble((double[] o) -> Math.hypot(o[0], o[1]))
                .thenComparingDouble(o -> Math.atan2(o[1], o[0])));
        return offsets;
    }
}
