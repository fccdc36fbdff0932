package dk.samskab.explain;

import dk.samskab.model.Fact;

/** A fact of the case and its value ({@code null} when unknown). */
public record FactValue(Fact fact, Object value) {}
