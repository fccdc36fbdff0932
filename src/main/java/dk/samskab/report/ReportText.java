package dk.samskab.report;

import dk.samskab.explain.AxisView;
import dk.samskab.explain.Flip;
import dk.samskab.explain.Stamp;
import dk.samskab.explain.UnknownFact;
import dk.samskab.explain.WhyNot;
import dk.samskab.model.Axis;
import dk.samskab.model.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The sentences text and Markdown reports share. */
final class ReportText {

    private ReportText() {}

    static String stamp(Words words, Stamp stamp) {
        return words.text(
                "report.stamp",
                stamp.samskabVersion(),
                stamp.droolsVersion(),
                shortHash(stamp.rulesSha256()),
                shortHash(stamp.caseSha256()));
    }

    /** An unknown fact as the question a report asks, e.g. "Who identified the problem?". */
    static String question(Words words, Fact fact) {
        return words.text("question." + fact.code());
    }

    static String shortHash(String sha256) {
        return sha256 == null ? "?" : "sha256:" + sha256.substring(0, Math.min(16, sha256.length()));
    }

    /** "3 for, 1 against", or the count at each end when the axis is not settled. */
    static String tally(Words words, AxisView axis) {
        Axis a = axis.axis();
        String first = a.poles().get(0);
        String second = a.poles().get(1);
        if (axis.settled()) {
            String other = axis.position().equals(first) ? second : first;
            return words.text(
                    "report.tally",
                    axis.evidenceFor(axis.position()).size(),
                    axis.evidenceFor(other).size());
        }
        return words.text(
                "report.tally-even",
                axis.evidenceFor(first).size(),
                words.pole(a, first),
                axis.evidenceFor(second).size(),
                words.pole(a, second));
    }

    /** "Predictability: predictable (3 for, 0 against)": where an axis stands and on what balance. */
    static String axisSummary(Words words, dk.samskab.explain.Explanation e, Axis axis) {
        AxisView view = e.axis(axis);
        return words.axis(axis) + ": " + words.pole(axis, view.position()) + " (" + tally(words, view) + ")";
    }

    /** Evidence for the position first, then against it. */
    static List<AxisView.EvidenceView> ordered(AxisView axis) {
        List<AxisView.EvidenceView> ordered = new ArrayList<>(axis.evidence());
        ordered.sort(Comparator.comparing(e -> !e.pole().equals(axis.position())));
        return ordered;
    }

    static String whyNot(Words words, WhyNot whyNot) {
        if (whyNot.outsideCoCreation()) {
            return words.text("report.why-not-outside");
        }
        return whyNot.unmet().stream()
                .map(u -> u.actual() == null || !u.axis().poles().contains(u.actual())
                        ? words.text("why-not-unsettled." + u.axis().code(), words.pole(u.axis(), u.needed()))
                        : words.text(
                                "why-not." + u.axis().code(),
                                words.pole(u.axis(), u.needed()),
                                words.pole(u.axis(), u.actual())))
                .collect(Collectors.joining("; "));
    }

    static String unknownFact(Words words, UnknownFact fact) {
        return fact.fact().code() + ": "
                + fact.effects().stream()
                        .map(e -> words.value(e.value()) + " → " + words.type(e.type()))
                        .collect(Collectors.joining("; "));
    }

    static String flip(Words words, Flip flip) {
        return words.text(
                "report.flip",
                flip.fact().code(),
                words.value(flip.from()),
                words.value(flip.to()),
                words.type(flip.type()));
    }
}
