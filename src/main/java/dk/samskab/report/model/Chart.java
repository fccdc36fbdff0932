package dk.samskab.report.model;

import java.util.List;

/**
 * The typology's 2×2 chart for one case: its title, where the case sits ({@link Placement}; not plotted outside
 * co-creation), the caption that says how to read it or why the case is not plotted, the four quadrants named by
 * the rules' own type definitions, and the words on its axes.
 */
public record Chart(String title, Placement placement, String caption, List<Quadrant> quadrants, Words words) {

    public Chart {
        quadrants = List.copyOf(quadrants);
    }

    /** One cell: the ends of the two axes that cross there and the type the rules define there (or none). */
    public record Quadrant(String predictability, String centralActor, String type, String name, String danishAside) {}

    /**
     * The chart's own words: the four ends of its axes as the article labels them, "this case" and "on the line"
     * for the table a Markdown report draws it as, and the title of the chart with every case.
     */
    public record Words(
            String predictable,
            String unpredictable,
            String municipality,
            String external,
            String thisCase,
            String onTheLine,
            String tableTitle) {}

    /** The quadrant at the crossing of two ends, or {@code null}. */
    public Quadrant at(String predictability, String centralActor) {
        return quadrants.stream()
                .filter(q -> q.predictability().equals(predictability)
                        && q.centralActor().equals(centralActor))
                .findFirst()
                .orElse(null);
    }
}
