package dk.samskab.report;

import dk.samskab.report.model.AxisItem;
import dk.samskab.report.model.CaseReport;
import dk.samskab.report.model.Items;
import dk.samskab.report.model.Question;
import dk.samskab.report.model.Reason;
import dk.samskab.report.model.Roles;
import dk.samskab.report.model.Section;
import dk.samskab.report.model.WarningItem;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report as text for a terminal, readable at 100 columns: the report model laid out, nothing worded here. */
public final class TextReport {

    public String render(List<CaseReport> reports) {
        return reports.stream()
                .map(this::render)
                .collect(Collectors.joining("\n" + "─".repeat(Wrapped.WIDTH) + "\n\n"));
    }

    public String render(CaseReport r) {
        Wrapped out = new Wrapped();
        Items.Head head = r.head();
        out.line(0, head.title());
        out.line(0, head.id() + " · " + head.file());
        if (head.source() != null) {
            out.line(0, 2, r.labels().source() + ": " + head.source());
        }
        head.description().forEach(paragraph -> out.line(0, paragraph));
        out.blank();
        out.line(0, 2, r.labels().type() + ": " + r.type().nameWithDanish());
        out.line(2, r.type().summary());
        out.line(2, 4, r.type().from() + " ⇒ " + r.type().name());
        reason(out, 2, r.type().reason());
        out.blank();
        warnings(out, r);
        axes(out, r);
        roles(out, r);
        questions(out, r);
        heading(out, r, r.whyNot().heading());
        r.whyNot().items().forEach(w -> out.line(2, 4, w.typeName() + ": " + w.reason()));
        out.blank();
        heading(out, r, r.flips().heading());
        out.line(2, r.flips().note());
        r.flips().items().forEach(f -> out.line(4, 6, f.sentence()));
        out.blank();
        if (!r.perceptions().isEmpty()) {
            heading(out, r, r.perceptions().heading());
            r.perceptions().items().forEach(p -> out.line(2, 4, p.sentence()));
            out.blank();
        }
        given(out, r);
        if (!r.stamp().prepared().isEmpty()) {
            out.line(0, r.stamp().prepared());
        }
        out.line(0, r.stamp().line());
        return out.toString();
    }

    private static void heading(Wrapped out, CaseReport r, String heading) {
        out.line(0, heading.toUpperCase(Locale.forLanguageTag(r.lang())));
    }

    private void warnings(Wrapped out, CaseReport r) {
        heading(out, r, r.warnings().heading());
        if (r.warnings().isEmpty()) {
            out.line(2, r.warnings().note());
        }
        for (WarningItem w : r.warnings().items()) {
            out.line(2, 6, "! " + w.heading() + "  " + Wrapped.together("(" + w.code() + ")"));
            w.reasons().forEach(reason -> reason(out, 4, reason));
            if (!w.settledBy().isEmpty()) {
                out.line(4, r.labels().wouldSettle());
                w.settledBy().forEach(q -> question(out, q, 6));
            }
        }
        out.blank();
    }

    private void axes(Wrapped out, CaseReport r) {
        heading(out, r, r.axes().heading());
        if (!r.axes().note().isEmpty()) {
            out.line(2, r.axes().note());
        }
        for (AxisItem axis : r.weighedAxes()) {
            out.line(2, 4, axis.summary());
            for (AxisItem.Evidence evidence : axis.ordered()) {
                out.line(
                        4,
                        6,
                        evidence.mark() + " " + evidence.facts(r.labels().noFacts()) + " → " + evidence.poleName());
                reason(out, 6, evidence.reason());
            }
            if (axis.settledBy() != null) {
                out.line(4, 6, "⇒ " + axis.positionName());
                reason(out, 6, axis.settledBy());
            }
        }
        out.blank();
    }

    private void roles(Wrapped out, CaseReport r) {
        heading(out, r, r.labels().roles());
        Roles roles = r.roles();
        out.line(2, 4, r.labels().employee() + ": " + roles.employeeLine());
        if (roles.employee() != null) {
            roles.employee().reasons().forEach(reason -> reason(out, 4, reason));
        }
        out.line(2, 4, r.labels().citizens() + ": " + roles.citizensLine());
        for (Roles.Citizen citizen : roles.citizens()) {
            for (Reason reason : citizen.reasons()) {
                out.line(
                        4,
                        6,
                        citizen.name() + " ← " + reason.factWords(r.labels().noFacts()));
                reason(out, 6, reason);
            }
        }
        out.blank();
    }

    private void questions(Wrapped out, CaseReport r) {
        Section<Question> questions = r.questions();
        heading(out, r, questions.heading());
        out.line(2, questions.note());
        questions.items().forEach(q -> question(out, q, 4));
        out.blank();
    }

    private static void question(Wrapped out, Question q, int indent) {
        out.line(indent, indent + 2, q.question() + " " + q.answerLine());
    }

    private void given(Wrapped out, CaseReport r) {
        heading(out, r, r.given().heading());
        for (Items.Actor actor : r.actors()) {
            out.line(2, 4, actor.name() + ": " + actor.kindName() + " " + actor.publicWords());
        }
        r.given().items().forEach(f -> out.line(2, 4, f.words()));
        out.blank();
    }

    /** A reason's sentence, then its line for rule authors. */
    private static void reason(Wrapped out, int indent, Reason reason) {
        if (!reason.text().isEmpty()) {
            out.line(indent, reason.text());
        }
        List<String> parts = reason.forAuthorsParts();
        if (!parts.isEmpty()) {
            out.line(indent, indent + 2, parts.stream().map(Wrapped::together).collect(Collectors.joining(" · ")));
        }
    }
}
