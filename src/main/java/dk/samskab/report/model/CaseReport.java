package dk.samskab.report.model;

import java.util.List;

/**
 * One case's report, worded once in one language: every part a report shows, in the order the reports show
 * them. {@code whatIfAsked} is false when the unknown facts and the flips were not worked out (bulk replay
 * reports); {@code firedRules} are in the order of the rule files.
 */
public record CaseReport(
        String lang,
        Items.Head head,
        Section<WarningItem> warnings,
        String warningsTitle,
        TypeItem type,
        Roles roles,
        Chart chart,
        Items.Table table,
        Section<AxisItem> axes,
        Section<Question> questions,
        Section<Items.WhyNot> whyNot,
        Section<Items.Flip> flips,
        boolean whatIfAsked,
        Section<Items.Perception> perceptions,
        Section<FactWords> given,
        List<Items.Actor> actors,
        Items.Stamp stamp,
        List<String> firedRules,
        Labels labels) {

    public CaseReport {
        actors = List.copyOf(actors);
        firedRules = List.copyOf(firedRules);
    }

    /** The same report under another title (a party's name above its description, say). */
    public CaseReport titled(String title) {
        Items.Head h = head;
        return new CaseReport(
                lang,
                new Items.Head(title, h.id(), h.file(), h.source(), h.description()),
                warnings,
                warningsTitle,
                type,
                roles,
                chart,
                table,
                axes,
                questions,
                whyNot,
                flips,
                whatIfAsked,
                perceptions,
                given,
                actors,
                stamp,
                firedRules,
                labels);
    }

    /** The axes the rules weighed: outside co-creation there may be none. */
    public List<AxisItem> weighedAxes() {
        return axes.items().stream()
                .filter(a -> a.position() != null || !a.evidence().isEmpty())
                .toList();
    }
}
