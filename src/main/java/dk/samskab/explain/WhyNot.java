package dk.samskab.explain;

import dk.samskab.model.Axis;
import java.util.List;

/**
 * Why a type was not derived: the axis positions it needs that the case does not hold (as the rules found them), or
 * that the case is outside co-creation and so outside the typology.
 */
public record WhyNot(String type, List<Unmet> unmet, boolean outsideCoCreation) {

    public WhyNot {
        unmet = List.copyOf(unmet);
    }

    /** The type needs {@code needed} on {@code axis}; the case is at {@code actual} ({@code undetermined} too). */
    public record Unmet(Axis axis, String needed, String actual) {}
}
