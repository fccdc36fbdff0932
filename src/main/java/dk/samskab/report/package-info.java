/**
 * Reports: an {@link dk.samskab.explain.Explanation} put into words, in English or Danish, as text for a
 * terminal, Markdown for a case file, JSON for programs, or one self-contained HTML page with the typology's 2×2
 * chart and the round table.
 */
package dk.samskab.report;
