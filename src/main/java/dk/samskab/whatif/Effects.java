package dk.samskab.whatif;

import dk.samskab.engine.Engine;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an answer to an open question can change, found as {@link Relevance} finds whether it matters: the case is
 * classified with the question answered each way, alone and together with each answer to one other open question,
 * and the outcomes are compared with the outcome without that answer. Nothing about the typology is known here.
 */
public final class Effects {

    /** What an answer can change. */
    public enum Change {
        /** the type */
        TYPE,
        /** where the process stands on an axis */
        AXIS,
        /** the employee's role or the citizens' roles */
        ROLES,
        /** a warning other than {@code mixed-signals} */
        WARNINGS,
        /** only whether the facts point to both ends of an axis ({@code mixed-signals}) */
        MIXED_SIGNALS
    }

    private static final String MIXED = "mixed-signals";

    private final Trial trial;

    public Effects(Engine engine) {
        this(new Trial(engine));
    }

    public Effects(Trial trial) {
        this.trial = trial;
    }

    /**
     * For each of {@code asked}, what some answer to it can change, alone or with an answer to one other of {@code
     * open}; {@code asked} are among {@code open}, the facts neither known nor answered "don't know".
     */
    public Map<Fact, Set<Change>> of(Case facts, Collection<Fact> asked, Collection<Fact> open) {
        Map<Fact, Set<Change>> effects = new EnumMap<>(Fact.class);
        asked.parallelStream()
                .map(fact -> Map.entry(fact, of(facts, fact, open)))
                .toList()
                .forEach(e -> effects.put(e.getKey(), e.getValue()));
        return effects;
    }

    /** Whether some answer to {@code fact}, alone or with an answer to one other of {@code open}, moves the type. */
    public boolean movesType(Case facts, Fact fact, Collection<Fact> open) {
        return of(facts, fact, open).contains(Change.TYPE);
    }

    private Set<Change> of(Case facts, Fact fact, Collection<Fact> open) {
        Set<Change> changes = EnumSet.noneOf(Change.class);
        for (Object answer : Relevance.answers(fact, true)) {
            changes.addAll(changes(trial.of(facts), trial.of(facts.with(fact, answer))));
        }
        if (changes.contains(Change.TYPE)) {
            return changes;
        }
        for (Fact other : open) {
            if (other == fact) {
                continue;
            }
            for (Object second : Relevance.answers(other, false)) {
                Case context = facts.with(other, second);
                Optional<Trial.Seen> without = trial.of(context);
                for (Object first : Relevance.answers(fact, false)) {
                    changes.addAll(changes(without, trial.of(context.with(fact, first))));
                }
                if (changes.contains(Change.TYPE)) {
                    return changes;
                }
            }
        }
        return changes;
    }

    /** What differs between two outcomes; a failure differs in everything. */
    static Set<Change> changes(Optional<Trial.Seen> before, Optional<Trial.Seen> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before.equals(after) ? EnumSet.noneOf(Change.class) : EnumSet.allOf(Change.class);
        }
        Trial.Seen was = before.get();
        Trial.Seen is = after.get();
        Set<Change> changes = EnumSet.noneOf(Change.class);
        if (!was.type().equals(is.type())) {
            changes.add(Change.TYPE);
        }
        if (!was.positions().equals(is.positions())) {
            changes.add(Change.AXIS);
        }
        if (!java.util.Objects.equals(was.employeeRole(), is.employeeRole())
                || !was.citizenRoles().equals(is.citizenRoles())) {
            changes.add(Change.ROLES);
        }
        Set<String> differ = new HashSet<>(was.warnings());
        differ.addAll(is.warnings());
        Set<String> both = new HashSet<>(was.warnings());
        both.retainAll(is.warnings());
        differ.removeAll(both);
        for (String warning : differ) {
            changes.add(
                    warning.equals(MIXED) || warning.startsWith(MIXED + "@") ? Change.MIXED_SIGNALS : Change.WARNINGS);
        }
        return changes;
    }

    /** Whether a question whose answers can change {@code changes} only checks the facts' consistency. */
    public static boolean onlyChecksConsistency(Set<Change> changes) {
        return !changes.isEmpty() && List.of(Change.MIXED_SIGNALS).containsAll(changes);
    }
}
