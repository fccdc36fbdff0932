package dk.samskab.explain;

/** How one party sees the process, set against the derived type. */
public record Perception(String actor, String type, boolean matchesDerived) {}
