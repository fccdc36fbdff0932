package dk.samskab.whatif;

import dk.samskab.engine.Engine;
import dk.samskab.engine.Outcome;
import dk.samskab.engine.RuleFailure;
import dk.samskab.model.Axis;
import dk.samskab.model.Case;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hypothetical cases classified by the rules, each once (one trial serves one piece of work, then is dropped): what the trying of answers ({@link Effects}, {@link
 * TypeReach}) reads of an outcome — the type, the axis positions, the roles, the warnings and what the evidence for
 * each end of each axis weighs. A case the rules fail on has no outcome, which differs from every outcome.
 */
public final class Trial {

    /** What one classification concluded, as codes; a warning about an axis is written {@code code@axis}. */
    public record Seen(
            String type,
            Map<String, String> positions,
            String employeeRole,
            Set<String> citizenRoles,
            Set<String> warnings,
            Map<String, Integer> evidence,
            Map<String, Integer> tieBreaks) {

        static Seen of(Outcome outcome) {
            Map<String, Integer> evidence = new LinkedHashMap<>();
            Map<String, Integer> tieBreaks = new LinkedHashMap<>();
            for (Axis axis : Axis.values()) {
                outcome.balance(axis.code()).ifPresent(b -> {
                    evidence.put(axis.code() + ":" + b.firstPole(), b.first() * 2 + b.firstTieBreaks());
                    evidence.put(axis.code() + ":" + b.secondPole(), b.second() * 2 + b.secondTieBreaks());
                    tieBreaks.put(axis.code() + ":" + b.firstPole(), b.firstTieBreaks());
                    tieBreaks.put(axis.code() + ":" + b.secondPole(), b.secondTieBreaks());
                });
            }
            return new Seen(
                    outcome.type(),
                    Map.copyOf(outcome.positions()),
                    outcome.employeeRole().map(d -> d.fact().role()).orElse(null),
                    Set.copyOf(outcome.citizenRoles()),
                    Set.copyOf(outcome.warningsRaised()),
                    Map.copyOf(evidence),
                    Map.copyOf(tieBreaks));
        }

        /**
         * What the evidence for one end of one axis weighs, as the rules weighed it ({@code Balance}, from each
         * criterion's strength): its weight doubled, plus its tie-breaks, since a tie-break decides only between equal
         * weights. Evidence that holds only in a process elsewhere on the other axis is not counted, as the rules do
         * not count it.
         */
        int evidence(String axis, String pole) {
            return evidence.getOrDefault(axis + ":" + pole, 0);
        }

        /** The tie-breaks of the evidence for one end of one axis: what the defining facts there add. */
        int tieBreaks(String axis, String pole) {
            return tieBreaks.getOrDefault(axis + ":" + pole, 0);
        }
    }

    /** How many cases were classified, for {@code -Dsamskab.debug.plan=true}. */
    public static final java.util.concurrent.atomic.AtomicLong COUNT = new java.util.concurrent.atomic.AtomicLong();

    private final Engine engine;
    private final Map<Case, Optional<Seen>> seen = new ConcurrentHashMap<>();

    public Trial(Engine engine) {
        this.engine = engine;
    }

    /** The outcome of a hypothetical case, or empty when the rules fail on it. */
    Optional<Seen> of(Case facts) {
        Optional<Seen> known = seen.get(facts);
        if (known != null) {
            return known;
        }
        Optional<Seen> worked;
        COUNT.incrementAndGet();
        try {
            worked = Optional.of(Seen.of(engine.classify(facts)));
        } catch (RuleFailure e) {
            worked = Optional.empty();
        }
        seen.put(facts, worked);
        return worked;
    }

    /** The type of a hypothetical case; a case the rules fail on has none ({@code null}). */
    String type(Case facts) {
        return of(facts).map(Seen::type).orElse(null);
    }
}
