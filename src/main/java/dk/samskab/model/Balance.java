package dk.samskab.model;

/**
 * The weighed evidence on one axis: the summed weights for its first end ({@code predictable}; {@code municipality})
 * and its second, and the summed tie-breaks of each. The axes phase inserts it and settles the axis from it; reports
 * read it to say how the axis was settled and to place the marker in the 2×2 chart.
 */
public record Balance(String axis, int first, int second, int firstTieBreaks, int secondTieBreaks) {

    public Balance {
        Axis.require(axis);
    }

    /** Weights as Drools' {@code sum} gives them (a Number). */
    public Balance(String axis, Number first, Number second, Number firstTieBreaks, Number secondTieBreaks) {
        this(axis, first.intValue(), second.intValue(), firstTieBreaks.intValue(), secondTieBreaks.intValue());
    }

    public String firstPole() {
        return Axis.require(axis).poles().get(0);
    }

    public String secondPole() {
        return Axis.require(axis).poles().get(1);
    }
}
