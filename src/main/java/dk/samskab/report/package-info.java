/**
 * Reports: an {@link dk.samskab.explain.Explanation} put into words, in English or Danish, as text for a
 * terminal, Markdown for a case file, or JSON for programs.
 */
package dk.samskab.report;
