package dk.samskab.report.model;

import dk.samskab.explain.FactValue;
import dk.samskab.explain.Grounds;
import dk.samskab.model.Axis;
import dk.samskab.model.Fact;
import dk.samskab.rules.RuleInfo;
import dk.samskab.whatif.UnknownFact;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Words a conclusion's reasons in one language: the rule's sentence and reference, the facts, the questions. */
final class Reasons {

    private final Wording words;

    Reasons(Wording words) {
        this.words = words;
    }

    Reason of(Grounds because) {
        if (because == null) {
            return new Reason("", null, List.of());
        }
        return new Reason(
                words.description(because.rule()),
                rule(because.rule()),
                because.facts().stream().map(this::fact).toList());
    }

    List<Reason> of(List<Grounds> because) {
        return because.stream().map(this::of).toList();
    }

    private Rule rule(RuleInfo rule) {
        if (rule == null) {
            return null;
        }
        String section = rule.section() == null ? "" : " [" + rule.section() + "]";
        return new Rule(
                rule.name(),
                rule.location(),
                rule.section(),
                words.text("report.rule") + ": " + rule.location() + section);
    }

    FactWords fact(FactValue fact) {
        return fact(fact.fact(), fact.value());
    }

    FactWords fact(Fact fact, Object value) {
        return new FactWords(
                fact.code(),
                value,
                words.question(fact),
                words.answer(fact, value),
                fact.code() + ": " + words.value(value));
    }

    /** An unknown fact as a question; where an answer keeps {@code current}, it says what it does to the axes. */
    Question question(UnknownFact fact, String current) {
        return new Question(
                fact.fact().code(),
                words.question(fact.fact()),
                fact.effects().stream()
                        .map(e -> new Question.Answer(
                                e.value(),
                                words.answer(fact.fact(), e.value()),
                                e.type(),
                                words.type(e.type()),
                                e.positions(),
                                e.type().equals(current) ? positions(e.positions()) : ""))
                        .toList());
    }

    private String positions(Map<String, String> positions) {
        return Arrays.stream(Axis.values())
                .filter(a -> positions.containsKey(a.code()))
                .map(a -> words.axis(a) + ": " + words.pole(a, positions.get(a.code())))
                .collect(Collectors.joining(", "));
    }
}
