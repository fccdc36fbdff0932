package dk.samskab.report;

import dk.samskab.report.model.ComparisonReport;
import dk.samskab.report.model.FactWords;
import dk.samskab.report.model.Reason;
import dk.samskab.report.model.WarningItem;
import java.util.Locale;
import java.util.stream.Collectors;

/** The comparison as text for a terminal, readable at 100 columns: the comparison's model laid out. */
public final class ComparisonText {

    public String render(ComparisonReport c) {
        Wrapped out = new Wrapped();
        Locale locale = Locale.forLanguageTag(c.lang());
        out.line(0, c.title());
        out.blank();
        out.line(0, 2, c.verdict());
        if (!c.agreeFirst().isEmpty()) {
            out.line(0, 2, c.agreeFirst());
        }
        out.blank();
        out.line(0, c.words().parties().toUpperCase(locale));
        for (ComparisonReport.Party p : c.parties()) {
            out.line(
                    2,
                    5,
                    p.number() + ". " + p.name() + ": " + p.type().nameWithDanish() + "  "
                            + Wrapped.together("(" + p.type().code() + ")"));
            out.line(5, 7, c.words().file() + ": " + p.file() + (p.prepared().isEmpty() ? "" : " · " + p.prepared()));
            out.line(5, 7, c.words().employeeRole() + ": " + p.employeeRoleName());
            out.line(5, 7, c.words().warnings() + ": " + p.warningTitles());
        }
        out.blank();
        out.line(0, c.disagreements().heading().toUpperCase(locale));
        if (!c.disagreements().note().isEmpty()) {
            out.line(2, c.disagreements().note());
        }
        for (ComparisonReport.Disagreement d : c.disagreements().items()) {
            out.line(2, 4, (d.movesType() ? "» " : "- ") + d.sentence());
            out.line(
                    4,
                    6,
                    c.words().movesType() + ": "
                            + (d.movesType() ? c.words().yes() : c.words().no()));
            out.line(
                    4,
                    6,
                    d.answers().stream()
                            // a party that leaves the fact out has no value to show as code: it is said in words
                            .map(a -> Wrapped.together(a.party() + ": " + (a.value() == null ? a.words() : a.coded())))
                            .collect(Collectors.joining(" · ")));
        }
        out.blank();
        out.line(0, c.commonGround().heading().toUpperCase(locale));
        if (!c.commonGround().note().isEmpty()) {
            out.line(2, c.commonGround().note());
        }
        for (FactWords f : c.commonGround().items()) {
            out.line(2, 4, f.words() + "  " + Wrapped.together("(" + f.coded() + ")"));
        }
        out.blank();
        out.line(0, c.warnings().heading().toUpperCase(locale));
        if (c.warnings().isEmpty()) {
            out.line(2, c.warnings().note());
        }
        for (WarningItem w : c.warnings().items()) {
            out.line(2, 6, "! " + w.heading() + "  " + Wrapped.together("(" + w.code() + ")"));
            for (Reason reason : w.reasons()) {
                out.line(4, reason.text());
                if (!reason.reference().isEmpty()) {
                    out.line(4, 6, reason.reference());
                }
            }
        }
        out.blank();
        out.line(0, c.stamp());
        return out.toString();
    }
}
