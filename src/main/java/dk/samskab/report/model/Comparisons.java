package dk.samskab.report.model;

import dk.samskab.compare.Comparison;
import dk.samskab.engine.Derived;
import dk.samskab.explain.Explanation;
import dk.samskab.explain.Grounds;
import dk.samskab.explain.WarningView;
import dk.samskab.i18n.Lang;
import dk.samskab.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the {@link ComparisonReport} of a {@link Comparison} in one language. */
public final class Comparisons {

    private final CaseReports reports;
    private final Wording words;
    private final Reasons reasons;
    private final Conclusions conclusions;

    public Comparisons(Lang lang) {
        this.reports = new CaseReports(lang);
        this.words = new Wording(lang);
        this.reasons = new Reasons(words);
        this.conclusions = new Conclusions(words, reasons);
    }

    public ComparisonReport of(Comparison c) {
        List<String> anchors =
                Anchors.of(c.parties().stream().map(p -> p.file().id()).toList());
        List<ComparisonReport.Party> parties = new ArrayList<>();
        for (int i = 0; i < c.parties().size(); i++) {
            parties.add(party(i + 1, anchors.get(i), c.parties().get(i)));
        }
        List<ComparisonReport.Disagreement> disagreements =
                c.disagreements().stream().map(this::disagreement).toList();
        String verdict = c.agreedType() != null
                ? words.text("compare.same-type", parties.size(), words.type(c.agreedType()))
                : words.text(
                        "compare.different-types",
                        parties.stream()
                                .map(p -> words.text(
                                        "compare.party-line", p.name(), p.type().name()))
                                .collect(Collectors.joining("; ")));
        String agreeFirst = "";
        if (c.agreedType() == null) {
            List<ComparisonReport.Disagreement> moving = disagreements.stream()
                    .filter(ComparisonReport.Disagreement::movesType)
                    .toList();
            agreeFirst = moving.isEmpty()
                    ? words.text("compare.no-single-fact")
                    : words.text(
                            "compare.agree-first",
                            moving.stream()
                                    .map(d -> d.phrase() + ": " + says(d))
                                    .collect(Collectors.joining("; " + words.text("compare.agree-then") + " ")));
        }
        List<WarningItem> warnings = c.warnings().stream()
                .map(w -> conclusions.warning(warning(c, w), null))
                .toList();
        String rules = c.rules().sha256();
        Explanation first = c.parties().get(0).explanation();
        Chart chart = new Chart(
                words.text("compare.chart-title"),
                null,
                words.text("compare.chart-caption"),
                Charts.quadrants(words, first.outcome().typeDefinitions()),
                Charts.words(words));
        return new ComparisonReport(
                words.lang().code(),
                words.text("compare.title", first.source().title()),
                parties,
                c.agreedType(),
                verdict,
                agreeFirst,
                new Section<>(
                        words.text("compare.heading-disagreements"),
                        disagreements.isEmpty() ? words.text("compare.no-disagreements") : "",
                        disagreements),
                new Section<>(
                        words.text("compare.heading-common-ground"),
                        c.commonGround().isEmpty() ? words.text("compare.no-common-ground") : "",
                        c.commonGround().stream().map(reasons::fact).toList()),
                new Section<>(words.text("compare.heading-warnings"), words.text("report.no-warnings"), warnings),
                chart,
                "samskab " + dk.samskab.explain.Stamp.currentVersion() + " · Drools "
                        + dk.samskab.explain.Stamp.currentDroolsVersion() + " · " + words.text("html.rules-hash")
                        + ": " + rules,
                rules,
                new ComparisonReport.Words(
                        words.text("compare.heading-parties"),
                        words.text("compare.party"),
                        words.text("compare.file"),
                        words.text("compare.type"),
                        words.text("compare.employee-role"),
                        words.text("compare.warnings"),
                        words.text("compare.none"),
                        words.text("compare.fact"),
                        words.text("compare.moves-type"),
                        words.text("compare.moves-type-yes"),
                        words.text("compare.moves-type-no"),
                        words.text("compare.explanations"),
                        words.text("html.back"),
                        words.text("html.not-plotted-many"),
                        words.text("compare.moves-type-short")));
    }

    private ComparisonReport.Party party(int number, String anchor, dk.samskab.compare.Party p) {
        CaseReport report = reports.of(p.explanation());
        Roles.Employee employee = report.roles().employee();
        List<WarningItem> warnings = report.warnings().items();
        return new ComparisonReport.Party(
                number,
                anchor,
                p.name(),
                report.head().file(),
                report.stamp().prepared(),
                report.type(),
                employee == null ? null : employee.role(),
                employee == null ? words.text("compare.none") : employee.roleName(),
                warnings,
                warnings.isEmpty()
                        ? words.text("compare.none")
                        : warnings.stream().map(WarningItem::title).distinct().collect(Collectors.joining("; ")),
                report,
                report.titled(words.text("compare.explanation", p.name())));
    }

    private ComparisonReport.Disagreement disagreement(dk.samskab.compare.Disagreement d) {
        List<ComparisonReport.Answer> answers = new ArrayList<>();
        for (Map.Entry<String, Object> a : d.answers().entrySet()) {
            FactWords fact = reasons.fact(d.fact(), a.getValue());
            String said = a.getValue() == null
                    ? words.text("compare.does-not-say", a.getKey())
                    : words.text("compare.says", a.getKey(), said(d.fact(), a.getValue()));
            answers.add(new ComparisonReport.Answer(
                    a.getKey(),
                    a.getValue(),
                    a.getValue() == null ? words.text("compare.not-said") : fact.answer(),
                    fact.coded(),
                    said));
        }
        String phrase = words.text("compare.fact." + d.fact().code());
        return new ComparisonReport.Disagreement(
                d.fact().code(),
                phrase,
                words.question(d.fact()),
                d.movesType(),
                answers,
                upperFirst(phrase) + ": "
                        + says(
                                answers,
                                d.answers().values().stream().anyMatch(v -> v instanceof List<?> l && l.size() > 1)));
    }

    private static String says(ComparisonReport.Disagreement d) {
        return says(d.answers(), d.answers().stream().anyMatch(a -> a.value() instanceof List<?> l && l.size() > 1));
    }

    /** The parties' answers in one phrase, separated by semicolons where an answer is itself a list. */
    private static String says(List<ComparisonReport.Answer> answers, boolean lists) {
        return answers.stream().map(ComparisonReport.Answer::says).collect(Collectors.joining(lists ? "; " : ", "));
    }

    /** An answer as said in a sentence: "the municipality", "designing the solution and carrying it out". */
    private String said(dk.samskab.model.Fact fact, Object value) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            List<String> entries =
                    list.stream().map(v -> lowerFirst(words.answer(fact, v))).toList();
            if (entries.size() == 1) {
                return entries.get(0);
            }
            return String.join(", ", entries.subList(0, entries.size() - 1)) + " " + words.text("compare.and") + " "
                    + entries.get(entries.size() - 1);
        }
        return lowerFirst(words.answer(fact, value));
    }

    private static WarningView warning(Comparison c, Derived<Warning> w) {
        return new WarningView(
                w.fact().code(),
                w.fact().about(),
                List.of(new Grounds(c.rules().rule(w.rule()), List.of())),
                List.of());
    }

    private String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return text.substring(0, 1).toLowerCase(words.lang().locale()) + text.substring(1);
        }
        return text;
    }

    private String upperFirst(String text) {
        return text.isEmpty()
                ? text
                : text.substring(0, 1).toUpperCase(words.lang().locale()) + text.substring(1);
    }
}
