package dk.samskab.model;

import java.util.List;

/**
 * How much one kind of evidence weighs, as the rules' weight table states it ({@code axes.drl}): a criterion's
 * strength ({@code @strength} of its rule) is one of {@link #NAMES}; {@code weight} is what one such fact adds to its
 * end of an axis, and {@code tieBreaks} what it adds when the weights of both ends are equal.
 */
public record Strength(String name, int weight, int tieBreaks) {

    public static final String DEFINING = "defining";
    public static final String CHARACTERISTIC = "characteristic";
    public static final String TYPICAL = "typical";

    /** The strengths, strongest first: what defines a type, the article's illustrations and tracks, typical traits. */
    public static final List<String> NAMES = List.of(DEFINING, CHARACTERISTIC, TYPICAL);

    public Strength {
        Codes.require(NAMES, name, "strength");
        if (weight < 0 || tieBreaks < 0) {
            throw new IllegalArgumentException("a strength's weight and tie-break are not negative");
        }
    }
}
