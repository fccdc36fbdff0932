package dk.samskab.report.model;

/**
 * The rule a conclusion rests on, for rule authors: its name, where it is written ({@code predictability.drl:14}),
 * the article's section, and {@code reference}, the line a report shows for it ("rule: predictability.drl:14
 * [Styret samskabelse]").
 */
public record Rule(String name, String location, String section, String reference) {}
