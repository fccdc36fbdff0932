package dk.samskab.model;

/**
 * One piece of evidence with the weight of its strength, as the weight table gives it ({@code strengths.drl}): what
 * the axes phase adds up for each end of an axis. {@code onlyIn} is the evidence's own (see {@link Evidence}).
 */
public record Weighed(String axis, String pole, String onlyIn, int weight, int tieBreaks) {

    public Weighed {
        Axis.require(axis).requirePole(pole, false);
    }

    /** The weight of {@code evidence} at {@code strength}. */
    public Weighed(Evidence evidence, Strength strength) {
        this(evidence.axis(), evidence.pole(), evidence.onlyIn(), strength.weight(), strength.tieBreaks());
    }
}
