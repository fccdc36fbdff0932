package dk.samskab.engine;

/** A conclusion and the rule that drew it. */
public record Derived<T>(T fact, String rule) {}
