package dk.samskab.report;

import dk.samskab.report.model.AxisItem;
import dk.samskab.report.model.CaseReport;
import dk.samskab.report.model.FactWords;
import dk.samskab.report.model.Question;
import dk.samskab.report.model.Reason;
import dk.samskab.report.model.Roles;
import dk.samskab.report.model.WarningItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every item of a report model a reader must find in every format: {@link #words} are the worded pieces (the
 * JSON report carries each as a value of its own), {@link #lines} the phrases the text, Markdown and HTML reports
 * show them in.
 */
final class ModelItems {

    private ModelItems() {}

    static List<String> words(CaseReport r) {
        List<String> words = new ArrayList<>();
        words.add(r.head().title());
        words.add(r.head().id());
        words.add(r.head().source());
        words.addAll(r.head().description());
        words.add(r.stamp().preparedBy());
        words.add(r.stamp().date());
        words.add(r.type().name());
        words.add(r.type().summary());
        reason(words, r.type().reason());
        for (WarningItem w : r.warnings().items()) {
            words.add(w.title());
            words.add(w.aboutName());
            w.reasons().forEach(reason -> reason(words, reason));
            w.settledBy().forEach(q -> question(words, q));
        }
        for (AxisItem axis : r.weighedAxes()) {
            words.add(axis.name());
            words.add(axis.positionName());
            words.add(axis.tally());
            for (AxisItem.Evidence item : axis.evidence()) {
                words.add(item.poleName());
                reason(words, item.reason());
            }
            if (axis.settledBy() != null) {
                reason(words, axis.settledBy());
            }
        }
        Roles roles = r.roles();
        if (roles.employee() != null) {
            words.add(roles.employee().roleName());
            words.add(roles.employee().placeName());
            roles.employee().reasons().forEach(reason -> reason(words, reason));
        }
        for (Roles.Citizen citizen : roles.citizens()) {
            words.add(citizen.name());
            citizen.reasons().forEach(reason -> reason(words, reason));
        }
        r.questions().items().forEach(q -> question(words, q));
        r.whyNot().items().forEach(w -> {
            words.add(w.typeName());
            words.add(w.reason());
        });
        r.flips().items().forEach(f -> words.add(f.sentence()));
        r.perceptions().items().forEach(p -> words.add(p.sentence()));
        r.given().items().forEach(f -> fact(words, f));
        r.actors().forEach(a -> {
            words.add(a.name());
            words.add(a.kindName());
        });
        words.add(r.stamp().line());
        return clean(words);
    }

    static List<String> lines(CaseReport r) {
        List<String> lines = new ArrayList<>(words(r));
        r.warnings().items().forEach(w -> lines.add(w.heading()));
        if (r.warnings().isEmpty()) {
            lines.add(r.warnings().note());
        }
        lines.add(r.axes().note());
        r.weighedAxes().forEach(a -> lines.add(a.summary()));
        lines.add(r.roles().employeeLine());
        lines.add(r.roles().citizensLine());
        lines.add(r.type().from());
        lines.add(r.questions().note());
        lines.add(r.flips().note());
        lines.add(r.stamp().prepared());
        r.questions().items().forEach(q -> q.answers().forEach(a -> lines.add(a.line())));
        r.given().items().forEach(f -> lines.add(f.words()));
        allReasons(r).forEach(reason -> lines.add(reason.forAuthors()));
        r.weighedAxes()
                .forEach(a ->
                        a.evidence().forEach(e -> lines.add(e.facts(r.labels().noFacts()))));
        r.roles()
                .citizens()
                .forEach(c -> c.reasons()
                        .forEach(x -> lines.add(x.factWords(r.labels().noFacts()))));
        return clean(lines);
    }

    private static List<Reason> allReasons(CaseReport r) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(r.type().reason());
        r.warnings().items().forEach(w -> reasons.addAll(w.reasons()));
        for (AxisItem axis : r.weighedAxes()) {
            axis.evidence().forEach(e -> reasons.add(e.reason()));
            if (axis.settledBy() != null) {
                reasons.add(axis.settledBy());
            }
        }
        if (r.roles().employee() != null) {
            reasons.addAll(r.roles().employee().reasons());
        }
        r.roles().citizens().forEach(c -> reasons.addAll(c.reasons()));
        return reasons;
    }

    private static void reason(List<String> words, Reason reason) {
        words.add(reason.text());
        reason.facts().forEach(f -> fact(words, f));
    }

    private static void fact(List<String> words, FactWords fact) {
        words.add(fact.question());
        words.add(fact.answer());
    }

    private static void question(List<String> words, Question q) {
        words.add(q.question());
        q.answers().forEach(a -> {
            words.add(a.words());
            words.add(a.typeName());
        });
    }

    private static List<String> clean(List<String> items) {
        return items.stream()
                .filter(Objects::nonNull)
                .map(s -> s.replaceAll("\\s+", " ").strip())
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
