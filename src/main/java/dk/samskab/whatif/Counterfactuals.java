package dk.samskab.whatif;

import dk.samskab.engine.Engine;
import dk.samskab.engine.Outcome;
import dk.samskab.engine.RuleFailure;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What would change the result, found by asking the rules themselves: the case is classified again with one fact
 * answered or changed, and the differences are kept. No knowledge of the typology is needed here.
 */
public final class Counterfactuals {

    private final Engine engine;

    public Counterfactuals(Engine engine) {
        this.engine = engine;
    }

    /** What would change the result: the unknown facts worth answering, and the one-fact changes that flip the type. */
    public record WhatIf(List<UnknownFact> unknownFacts, List<Flip> flips) {}

    /** One changed case to try: a fact answered ({@code known} false) or changed ({@code known} true). */
    private record Variant(Fact fact, Object from, Object value, boolean known) {}

    /**
     * Classifies every variant of the case — each unknown fact answered each way, each known fact changed one
     * step — on as many cores as there are, and keeps those that change the result.
     */
    public WhatIf analyse(Case facts, Outcome base) {
        List<Variant> variants = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            if (facts.isKnown(fact)) {
                Object value = facts.get(fact);
                alternatives(fact, value)
                        .forEach(alternative -> variants.add(new Variant(fact, value, alternative, true)));
            } else {
                for (Object answer : Relevance.answers(fact, false)) {
                    variants.add(new Variant(fact, null, answer, false));
                }
            }
        }
        List<Outcome> outcomes = variants.parallelStream()
                .map(v -> classify(facts.with(v.fact(), v.value())))
                .toList();
        Map<String, String> basePositions = base.positions();
        Map<Fact, List<UnknownFact.Effect>> effects = new LinkedHashMap<>();
        List<Flip> flips = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Variant variant = variants.get(i);
            Outcome changed = outcomes.get(i);
            if (changed == null) {
                continue;
            }
            boolean typeChanged = !changed.type().equals(base.type());
            if (variant.known() && typeChanged) {
                flips.add(new Flip(variant.fact(), variant.from(), variant.value(), changed.type()));
            } else if (!variant.known() && (typeChanged || !changed.positions().equals(basePositions))) {
                effects.computeIfAbsent(variant.fact(), f -> new ArrayList<>())
                        .add(new UnknownFact.Effect(variant.value(), changed.type(), changed.positions()));
            }
        }
        List<UnknownFact> unknown = new ArrayList<>();
        effects.forEach((fact, list) -> unknown.add(new UnknownFact(fact, list)));
        return new WhatIf(unknown, flips);
    }

    private Outcome classify(Case facts) {
        try {
            return engine.classify(facts);
        } catch (RuleFailure e) {
            return null;
        }
    }

    /** The one-step changes of a known value: another value, one entry more or less, or unknown ({@code null}). */
    private static List<Object> alternatives(Fact fact, Object value) {
        List<Object> alternatives = new ArrayList<>();
        switch (fact.kind()) {
            case BOOLEAN -> alternatives.add(!(Boolean) value);
            case CHOICE -> fact.allowed().stream().filter(v -> !v.equals(value)).forEach(alternatives::add);
            case LIST -> {
                List<?> entries = (List<?>) value;
                for (String entry : fact.allowed()) {
                    List<Object> changed = new ArrayList<>(entries);
                    if (!changed.remove(entry)) {
                        changed.add(entry);
                        changed.sort((a, b) ->
                                fact.allowed().indexOf(a) - fact.allowed().indexOf(b));
                    }
                    alternatives.add(List.copyOf(changed));
                }
            }
        }
        alternatives.add(null);
        alternatives.removeIf(a -> Objects.equals(a, value));
        return alternatives;
    }
}
