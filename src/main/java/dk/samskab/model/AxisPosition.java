package dk.samskab.model;

/** Where the evidence places a case on an axis: one of its ends, or {@code undetermined}. */
public record AxisPosition(String axis, String pole) {

    public AxisPosition {
        Axis.require(axis).requirePole(pole, true);
    }
}
