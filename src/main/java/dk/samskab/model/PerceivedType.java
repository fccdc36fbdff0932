package dk.samskab.model;

/** How one party itself understands the process: {@code actor} names an actor, {@code type} a co-creation type. */
public record PerceivedType(String actor, String type) {}
