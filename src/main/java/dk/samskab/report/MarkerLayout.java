package dk.samskab.report;

import dk.samskab.report.model.Placement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each marker of the 2×2 chart is drawn: at its {@link Placement}, or for many markers at the nearest free
 * point that keeps it in its quadrant (or on the line of an unsettled axis). Deterministic: the same cases give
 * the same chart.
 */
final class MarkerLayout {

    static final int PLOT = 480;
    static final int MARGIN = 36;
    static final int SIZE = PLOT + 2 * MARGIN;
    static final double CENTRE = MARGIN + PLOT / 2.0;
    /** The strip along the top and bottom edges that holds the quadrants' names; markers keep out of it. */
    static final double LABEL_BAND = 40;

    private MarkerLayout() {}

    static List<double[]> layout(List<Placement> placements, double radius) {
        double reachX = PLOT / 2.0 - radius - 8;
        double reachY = PLOT / 2.0 - radius - LABEL_BAND - 4;
        List<double[]> placed = new ArrayList<>();
        for (Placement p : placements) {
            double x = CENTRE + p.centralActor() * reachX;
            double y = CENTRE - p.predictability() * reachY;
            placed.add(placements.size() == 1 ? new double[] {x, y} : free(x, y, p, radius, placed));
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
