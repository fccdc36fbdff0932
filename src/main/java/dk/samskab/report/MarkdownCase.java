package dk.samskab.report;

import static dk.samskab.report.MarkdownReport.escape;

import dk.samskab.report.model.AxisItem;
import dk.samskab.report.model.CaseReport;
import dk.samskab.report.model.Items;
import dk.samskab.report.model.Question;
import dk.samskab.report.model.Reason;
import dk.samskab.report.model.Roles;
import dk.samskab.report.model.WarningItem;
import java.util.List;

/** One case as Markdown, its title at a given heading level: the report model laid out, nothing worded here. */
final class MarkdownCase {

    private final StringBuilder md = new StringBuilder();
    private final CaseReport r;
    private final String h2;
    private final String h3;

    MarkdownCase(CaseReport r, int level) {
        this.r = r;
        this.h2 = "#".repeat(level + 1) + " ";
        this.h3 = "#".repeat(level + 2) + " ";
        md.append("#".repeat(level))
                .append(' ')
                .append(escape(r.head().title()))
                .append("\n\n");
    }

    String render() {
        Items.Head head = r.head();
        md.append('`')
                .append(head.id())
                .append("` · ")
                .append(escape(head.file()))
                .append("\n\n");
        if (head.source() != null) {
            md.append(escape(r.labels().source() + ": " + head.source())).append("\n\n");
        }
        head.description().forEach(p -> md.append(escape(p)).append("\n\n"));
        md.append("**")
                .append(escape(r.labels().type()))
                .append(":** ")
                .append(escape(r.type().name()));
        if (r.type().danishAside() != null) {
            md.append(" (*").append(escape(r.type().danishAside())).append("*)");
        }
        md.append("  \n").append(escape(r.type().summary())).append("\n\n");
        warnings();
        md.append(h2).append(escape(r.chart().words().tableTitle())).append("\n\n");
        MarkdownChart.one(md, r);
        chain();
        roles();
        md.append(h2).append(escape(r.questions().heading())).append("\n\n");
        md.append(escape(r.questions().note())).append("\n\n");
        list(r.questions().items().stream().map(MarkdownCase::question).toList());
        md.append(h2).append(escape(r.whyNot().heading())).append("\n\n");
        list(r.whyNot().items().stream()
                .map(w -> "**" + escape(w.typeName()) + ":** " + escape(w.reason()))
                .toList());
        md.append(h2).append(escape(r.flips().heading())).append("\n\n");
        md.append(escape(r.flips().note())).append("\n\n");
        list(r.flips().items().stream().map(f -> escape(f.sentence())).toList());
        if (!r.perceptions().isEmpty()) {
            md.append(h2).append(escape(r.perceptions().heading())).append("\n\n");
            list(r.perceptions().items().stream().map(p -> escape(p.sentence())).toList());
        }
        given();
        md.append("<sub>");
        if (!r.stamp().prepared().isEmpty()) {
            md.append(escape(r.stamp().prepared())).append(" · ");
        }
        md.append(escape(r.stamp().line())).append("</sub>\n");
        return md.toString();
    }

    private void warnings() {
        md.append(h2).append(escape(r.warnings().heading())).append("\n\n");
        if (r.warnings().isEmpty()) {
            md.append(escape(r.warnings().note())).append("\n\n");
        }
        for (WarningItem w : r.warnings().items()) {
            md.append("- ⚠ **")
                    .append(escape(w.heading()))
                    .append("** (`")
                    .append(w.code())
                    .append("`)  \n");
            w.reasons().forEach(reason -> md.append(reason("  ", reason)));
            if (!w.settledBy().isEmpty()) {
                md.append("  ").append(escape(r.labels().wouldSettle())).append("\n");
                w.settledBy().forEach(q -> md.append("  - ").append(question(q)).append("\n"));
            }
        }
        md.append("\n");
    }

    private void chain() {
        md.append(h2).append(escape(r.labels().chain())).append("\n\n");
        if (!r.axes().note().isEmpty()) {
            md.append(escape(r.axes().note())).append("\n\n");
        }
        for (AxisItem axis : r.weighedAxes()) {
            md.append(h3).append(escape(axis.summary())).append("\n\n");
            if (!axis.evidence().isEmpty()) {
                md.append("| | ").append(escape(r.labels().factsColumn())).append(" | ");
                md.append(escape(r.labels().reasonColumn())).append(" | ");
                md.append(escape(r.labels().forRuleAuthors())).append(" |\n|---|---|---|---|\n");
            }
            for (AxisItem.Evidence item : axis.ordered()) {
                md.append("| ").append(item.mark()).append(' ').append(escape(item.poleName()));
                md.append(" | ").append(escape(item.facts(r.labels().noFacts())));
                md.append(" | ").append(escape(item.reason().text()));
                md.append(" | ").append(escape(item.reason().forAuthors())).append(" |\n");
            }
            md.append("\n");
            if (axis.settledBy() != null) {
                md.append("⇒ **").append(escape(axis.positionName())).append("**  \n");
                md.append(reason("", axis.settledBy())).append("\n");
            }
        }
        md.append(h3).append(escape(r.labels().type())).append("\n\n");
        md.append(escape(r.type().from()))
                .append(" ⇒ **")
                .append(escape(r.type().name()))
                .append("**  \n");
        md.append(reason("", r.type().reason())).append("\n");
    }

    private void roles() {
        md.append(h2).append(escape(r.labels().roles())).append("\n\n");
        Roles roles = r.roles();
        md.append("- **").append(escape(r.labels().employee())).append(":** ");
        md.append(escape(roles.employeeLine())).append("  \n");
        if (roles.employee() != null) {
            roles.employee().reasons().forEach(reason -> md.append(reason("  ", reason)));
        }
        md.append("- **").append(escape(r.labels().citizens())).append(":** ");
        md.append(escape(roles.citizensLine())).append("\n");
        for (Roles.Citizen citizen : roles.citizens()) {
            for (Reason reason : citizen.reasons()) {
                md.append("  - ").append(escape(citizen.name())).append(" ← ");
                md.append(escape(reason.factWords(r.labels().noFacts()))).append("  \n");
                md.append(reason("    ", reason));
            }
        }
        md.append("\n");
    }

    private void given() {
        md.append(h2).append(escape(r.given().heading())).append("\n\n");
        md.append("| ")
                .append(escape(r.labels().actor()))
                .append(" | ")
                .append(escape(r.labels().kind()));
        md.append(" |\n|---|---|\n");
        for (Items.Actor actor : r.actors()) {
            md.append("| ").append(escape(actor.name())).append(" | ").append(escape(actor.kindName()));
            md.append(' ').append(escape(actor.publicWords())).append(" |\n");
        }
        md.append("\n");
        list(r.given().items().stream().map(f -> escape(f.words())).toList());
    }

    private void list(List<String> items) {
        items.forEach(item -> md.append("- ").append(item).append("\n"));
        if (!items.isEmpty()) {
            md.append("\n");
        }
    }

    /** A reason's sentence and, in italics, its line for rule authors; each ends its line. */
    private static String reason(String indent, Reason reason) {
        StringBuilder out = new StringBuilder();
        if (!reason.text().isEmpty()) {
            out.append(indent).append(escape(reason.text())).append("  \n");
        }
        if (!reason.forAuthors().isEmpty()) {
            out.append(indent).append('*').append(escape(reason.forAuthors())).append("*  \n");
        }
        return out.toString();
    }

    static String question(Question q) {
        return "**" + escape(q.question()) + "** " + escape(q.answerLine());
    }
}
