package dk.samskab.model;

/**
 * A type the process does not take, and one axis that rules it out: the type needs {@code needed} there, and the
 * process is at {@code actual} ({@code undetermined} too).
 */
public record TypeRuledOut(String type, String axis, String needed, String actual) {

    public TypeRuledOut {
        Codes.require(Codes.CO_CREATION_TYPES, type, "type");
        Axis.require(axis).requirePole(needed, false);
        Axis.require(axis).requirePole(actual, true);
    }
}
