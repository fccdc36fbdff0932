package dk.samskab.report;

import dk.samskab.explain.AxisView;
import dk.samskab.explain.Because;
import dk.samskab.explain.Explanation;
import dk.samskab.explain.FactValue;
import dk.samskab.explain.Flip;
import dk.samskab.explain.Perception;
import dk.samskab.explain.RoleView;
import dk.samskab.explain.UnknownFact;
import dk.samskab.explain.WarningView;
import dk.samskab.explain.WhyNot;
import dk.samskab.model.Axis;
import java.util.List;
import java.util.stream.Collectors;

/** The explained report as text for a terminal, readable at 100 columns. */
public final class TextReport {

    private final Words words;

    public TextReport(Words words) {
        this.words = words;
    }

    public String render(List<Explanation> explanations) {
        return explanations.stream()
                .map(this::render)
                .collect(Collectors.joining("\n" + "─".repeat(Wrapped.WIDTH) + "\n\n"));
    }

    public String render(Explanation e) {
        Wrapped out = new Wrapped();
        out.line(0, e.source().title());
        out.line(0, e.source().id() + " · " + e.source().path());
        out.blank();
        type(out, e);
        warnings(out, e.warnings());
        axes(out, e);
        roles(out, e);
        whyNot(out, e.whyNot());
        whatWouldChange(out, e);
        perceptions(out, e);
        out.line(0, ReportText.stamp(words, e.stamp()));
        return out.toString();
    }

    private void type(Wrapped out, Explanation e) {
        String type = e.type();
        String name = words.type(type);
        String danish = Words.danishType(type);
        out.line(0, 2, words.text("report.type") + ": " + name + (name.equals(danish) ? "" : " (" + danish + ")"));
        out.line(2, words.text("type-summary." + type));
        rule(out, 2, e.typeBecause());
        out.blank();
    }

    private void warnings(Wrapped out, List<WarningView> warnings) {
        out.line(0, words.text("report.warnings").toUpperCase(words.lang().locale()));
        if (warnings.isEmpty()) {
            out.line(2, words.text("report.no-warnings"));
        }
        for (WarningView w : warnings) {
            String about = w.about() == null
                    ? ""
                    : " — " + words.axis(Axis.byCode(w.about()).orElseThrow());
            out.line(2, 6, "! " + w.code() + "  " + words.warning(w.code()) + about);
            for (Because because : w.because()) {
                out.line(4, words.description(because.rule()));
                rule(out, 4, because);
            }
            if (!w.settledBy().isEmpty()) {
                out.line(4, words.text("report.would-settle"));
                for (UnknownFact fact : w.settledBy()) {
                    out.line(6, 8, ReportText.unknownFact(words, fact));
                }
            }
        }
        out.blank();
    }

    private void axes(Wrapped out, Explanation e) {
        out.line(0, words.text("report.axes").toUpperCase(words.lang().locale()));
        if (!e.outcome().isCoCreation()) {
            out.line(2, words.text("report.axes-not-applicable"));
        }
        for (AxisView axis : e.axes()) {
            if (axis.notWeighed()) {
                continue;
            }
            out.line(
                    2,
                    4,
                    words.axis(axis.axis()) + ": " + words.pole(axis.axis(), axis.position()) + "  ("
                            + ReportText.tally(words, axis) + ")");
            for (AxisView.EvidenceView evidence : ReportText.ordered(axis)) {
                boolean supports = evidence.pole().equals(axis.position());
                String mark = !axis.settled() ? "·" : supports ? "+" : "−";
                out.line(
                        4,
                        6,
                        mark + " " + facts(evidence.because().facts()) + " → "
                                + words.pole(axis.axis(), evidence.pole()));
                out.line(6, words.description(evidence.because().rule()));
                rule(out, 6, evidence.because());
            }
        }
        out.blank();
    }

    private void roles(Wrapped out, Explanation e) {
        out.line(0, words.text("report.roles").toUpperCase(words.lang().locale()));
        RoleView employee = e.employeeRole();
        if (employee == null) {
            out.line(2, 4, words.text("report.employee") + ": " + words.text("report.no-employee-role"));
        } else {
            out.line(
                    2,
                    4,
                    words.text("report.employee") + ": " + words.employeeRole(employee.role()) + " — "
                            + words.place(employee.place()));
            for (Because because : employee.because()) {
                out.line(4, words.description(because.rule()));
                rule(out, 4, because);
            }
        }
        if (e.citizenRoles().isEmpty()) {
            out.line(2, 4, words.text("report.citizens") + ": " + words.text("report.no-citizen-roles"));
        } else {
            out.line(
                    2,
                    4,
                    words.text("report.citizens") + ": "
                            + e.citizenRoles().stream()
                                    .map(r -> words.citizenRole(r.role()))
                                    .collect(Collectors.joining(", ")));
        }
        for (RoleView role : e.citizenRoles()) {
            for (Because because : role.because()) {
                out.line(4, 6, words.citizenRole(role.role()) + " ← " + facts(because.facts()));
                out.line(6, words.description(because.rule()));
                rule(out, 6, because);
            }
        }
        out.blank();
    }

    private void whyNot(Wrapped out, List<WhyNot> whyNot) {
        out.line(0, words.text("report.why-not").toUpperCase(words.lang().locale()));
        for (WhyNot w : whyNot) {
            out.line(2, 4, words.type(w.type()) + ": " + ReportText.whyNot(words, w));
        }
        out.blank();
    }

    private void whatWouldChange(Wrapped out, Explanation e) {
        out.line(
                0,
                words.text("report.what-would-change").toUpperCase(words.lang().locale()));
        if (e.unknownFacts().isEmpty() && e.flips().isEmpty()) {
            out.line(2, words.text("report.nothing-would-change"));
        } else {
            if (!e.unknownFacts().isEmpty()) {
                out.line(2, words.text("report.unknown-facts"));
                for (UnknownFact fact : e.unknownFacts()) {
                    out.line(4, 6, ReportText.unknownFact(words, fact));
                }
            }
            if (e.flips().isEmpty()) {
                out.line(2, words.text("report.no-flips"));
            } else {
                out.line(2, words.text("report.flips"));
                for (Flip flip : e.flips()) {
                    out.line(4, 6, ReportText.flip(words, flip));
                }
            }
        }
        out.blank();
    }

    private void perceptions(Wrapped out, Explanation e) {
        if (e.perceptions().isEmpty()) {
            return;
        }
        out.line(0, words.text("report.perceptions").toUpperCase(words.lang().locale()));
        for (Perception p : e.perceptions()) {
            out.line(
                    2,
                    4,
                    p.actor() + ": " + words.type(p.type()) + " — "
                            + words.text(
                                    p.matchesDerived() ? "report.perception-matches" : "report.perception-differs",
                                    words.type(e.type())));
        }
        out.blank();
    }

    private void rule(Wrapped out, int indent, Because because) {
        if (because == null || because.rule() == null) {
            return;
        }
        String section = because.rule().section() == null
                ? ""
                : "  " + Wrapped.together("[" + because.rule().section() + "]");
        out.line(
                indent,
                indent + 2,
                words.text("report.rule") + ": " + because.rule().location() + section);
    }

    private String facts(List<FactValue> facts) {
        if (facts.isEmpty()) {
            return words.text("report.no-facts");
        }
        return facts.stream()
                .map(f -> f.fact().code() + ": " + words.value(f.value()))
                .collect(Collectors.joining(", "));
    }
}
