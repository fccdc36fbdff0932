package dk.samskab.engine;

/** A conclusion and the rule that drew it ({@code null} for the facts the case itself puts in). */
public record Derived<T>(T fact, String rule) {
}
