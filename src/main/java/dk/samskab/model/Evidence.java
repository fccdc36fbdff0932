package dk.samskab.model;

/** One criterion's weight for one end of an axis, e.g. {@code new Evidence("predictability", "predictable")}. */
public record Evidence(String axis, String pole) {

    public Evidence {
        Axis.require(axis).requirePole(pole, false);
    }
}
