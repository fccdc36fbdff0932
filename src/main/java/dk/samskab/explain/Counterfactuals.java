package dk.samskab.explain;

import dk.samskab.engine.Derived;
import dk.samskab.engine.Engine;
import dk.samskab.engine.Outcome;
import dk.samskab.engine.RuleFailure;
import dk.samskab.model.Axis;
import dk.samskab.model.AxisPosition;
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
final class Counterfactuals {

    private final Engine engine;

    Counterfactuals(Engine engine) {
        this.engine = engine;
    }

    /** The unknown facts whose answer would change the type or an axis position, with each answer's effect. */
    List<UnknownFact> unknownFacts(Case facts, Outcome base) {
        List<UnknownFact> found = new ArrayList<>();
        Map<String, String> basePositions = positions(base);
        for (Fact fact : Fact.values()) {
            if (facts.isKnown(fact)) {
                continue;
            }
            List<UnknownFact.Effect> effects = new ArrayList<>();
            for (Object value : answers(fact)) {
                Outcome changed = classify(facts.with(fact, value));
                if (changed != null && (!changed.type().equals(base.type())
                        || !positions(changed).equals(basePositions))) {
                    effects.add(new UnknownFact.Effect(value, changed.type(), positions(changed)));
                }
            }
            if (!effects.isEmpty()) {
                found.add(new UnknownFact(fact, effects));
            }
        }
        return found;
    }

    /** Every change of one known fact (another value, or unknown) that gives another type. */
    List<Flip> flips(Case facts, Outcome base) {
        List<Flip> flips = new ArrayList<>();
        for (Map.Entry<Fact, Object> known : facts.knownFacts().entrySet()) {
            Fact fact = known.getKey();
            for (Object alternative : alternatives(fact, known.getValue())) {
                Outcome changed = classify(facts.with(fact, alternative));
                if (changed != null && !changed.type().equals(base.type())) {
                    flips.add(new Flip(fact, known.getValue(), alternative, changed.type()));
                }
            }
        }
        return flips;
    }

    private Outcome classify(Case facts) {
        try {
            return engine.classify(facts);
        } catch (RuleFailure e) {
            return null;
        }
    }

    private static Map<String, String> positions(Outcome outcome) {
        Map<String, String> positions = new LinkedHashMap<>();
        for (Axis axis : Axis.values()) {
            outcome.position(axis.code()).map(Derived::fact).map(AxisPosition::pole)
                    .ifPresent(pole -> positions.put(axis.code(), pole));
        }
        return positions;
    }

    /** The answers an unknown fact could get: each value; for a list, each single entry and "none". */
    private static List<Object> answers(Fact fact) {
        List<Object> answers = new ArrayList<>();
        switch (fact.kind()) {
            case BOOLEAN -> {
                answers.add(Boolean.TRUE);
                answers.add(Boolean.FALSE);
            }
            case CHOICE -> answers.addAll(fact.allowed());
            case LIST -> {
                fact.allowed().forEach(entry -> answers.add(List.of(entry)));
                answers.add(List.of());
            }
        }
        return answers;
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
                        changed.sort((a, b) -> fact.allowed().indexOf(a) - fact.allowed().indexOf(b));
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
