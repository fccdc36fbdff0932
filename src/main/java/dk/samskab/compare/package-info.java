/**
 * Comparing the parties' own descriptions of one process ({@code perspective_of}): each description is classified
 * on its own, and the {@link dk.samskab.compare.Comparison} sets them side by side — each party's type, the facts
 * the parties answer differently (and whether settling one moves the type, found by the rules themselves), the
 * common ground, and the warnings the rules of the phase {@code compare} raise. Wording is the reports' concern.
 */
package dk.samskab.compare;
