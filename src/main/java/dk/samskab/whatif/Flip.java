package dk.samskab.whatif;

import dk.samskab.model.Fact;

/** The smallest kind of change that flips the type: one known fact from {@code from} to {@code to}. */
public record Flip(Fact fact, Object from, Object to, String type) {}
