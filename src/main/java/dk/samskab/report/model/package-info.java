/**
 * The report model: one case's explanation worded once, in the report's language, as immutable records — every
 * heading, sentence, fact in words and rule reference a report shows, with the codes kept beside the words.
 * {@link dk.samskab.report.model.CaseReports} builds it from an {@link dk.samskab.explain.Explanation}; the text,
 * Markdown, HTML and JSON writers only lay it out.
 */
package dk.samskab.report.model;
