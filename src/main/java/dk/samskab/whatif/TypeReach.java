package dk.samskab.whatif;

import dk.samskab.engine.Engine;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Which types the open questions' answers could still give, found by trying answers with the rules: a type is
 * <em>settled</em> when no answer to the open questions changes it. All answers together are too many to try, so the
 * rules are asked how each answer weighs: a case is classified with one open question answered, and the evidence it
 * adds for each end of each axis is counted. Then, for each end of each axis and for each type, the answers that
 * push hardest that way are given together, one more at a time, and each such case is classified; and a fixed
 * number of random completions, seeded by the case, are classified too. A type reached by any of those is reachable.
 * <p>
 * This is a search, not a proof: it is as good as evidence is additive. {@code WalkTest} tries random
 * completions of every case it calls settled and must never see the type change.
 */
public final class TypeReach {

    /** Random completions tried besides the pushes; a fixed number, seeded by the case, so answers are repeatable. */
    static final int RANDOM_COMPLETIONS = 48;

    private final Trial trial;

    public TypeReach(Engine engine) {
        this(new Trial(engine));
    }

    public TypeReach(Trial trial) {
        this.trial = trial;
    }

    /** Whether no answer to {@code open} (facts the case leaves unknown) can change the type of {@code facts}. */
    public boolean settled(Case facts, Collection<Fact> open) {
        String now = trial.type(facts);
        return reachable(facts, open, now).equals(Set.of(String.valueOf(now)));
    }

    /** The types answers to {@code open} could give, the present type first. */
    public Set<String> reachable(Case facts, Collection<Fact> open) {
        return reachable(facts, open, null);
    }

    /** {@code stopAt}: a type; the search stops at the first other type it finds (enough to refuse "settled"). */
    private Set<String> reachable(Case facts, Collection<Fact> open, String stopAt) {
        Set<String> types = new LinkedHashSet<>();
        types.add(String.valueOf(trial.type(facts)));
        if (open.isEmpty()) {
            return types;
        }
        AnswerWeights weights = weigh(facts, open);
        for (Direction direction : Direction.all()) {
            Case pushed = facts;
            for (WeighedAnswer push : strongest(weights.answers(), direction, null)) {
                pushed = pushed.with(push.fact(), push.answer());
                if (add(types, trial.type(pushed), stopAt)) {
                    return types;
                }
            }
        }
        Random random = new Random(facts.hashCode());
        List<Fact> asked = List.copyOf(open);
        for (int i = 0; i < RANDOM_COMPLETIONS; i++) {
            if (add(types, trial.type(randomCompletion(facts, asked, random)), stopAt)) {
                return types;
            }
        }
        return types;
    }

    /** How each answer to each of {@code open} weighs, tried on {@code facts}: the ground for {@link #quickly}. */
    public AnswerWeights weigh(Case facts, Collection<Fact> open) {
        Optional<Trial.Seen> base = trial.of(facts);
        List<WeighedAnswer> weighed = new ArrayList<>();
        for (Fact fact : open) {
            for (Object answer : Relevance.answers(fact, true)) {
                trial.of(facts.with(fact, answer))
                        .ifPresent(seen -> weighed.add(new WeighedAnswer(fact, answer, seen, base.orElse(null))));
            }
        }
        return new AnswerWeights(facts, weighed);
    }

    /**
     * The types reachable once {@code fact} is answered {@code answer}, found more quickly than {@link #reachable}:
     * only the strongest pushes of the other open facts (as weighed without that answer), all together and the
     * two strongest alone. To compare questions by, not to call a type settled.
     */
    public Set<String> quickly(AnswerWeights weights, Fact fact, Object answer) {
        Case answered = weights.facts().with(fact, answer);
        Set<String> types = new LinkedHashSet<>();
        types.add(String.valueOf(trial.type(answered)));
        for (Direction direction : Direction.all()) {
            List<WeighedAnswer> pushes = strongest(weights.answers(), direction, fact);
            Case pushed = answered;
            for (int i = 0; i < pushes.size(); i++) {
                pushed = pushed.with(pushes.get(i).fact(), pushes.get(i).answer());
                if (i == 1 || i == pushes.size() - 1) {
                    types.add(String.valueOf(trial.type(pushed)));
                }
            }
        }
        return types;
    }

    private static boolean add(Set<String> types, String type, String stopAt) {
        types.add(String.valueOf(type));
        return stopAt != null && !stopAt.equals(type);
    }

    /** Each open fact answered at random, or left unknown (one chance in the number of its answers, plus one). */
    static Case randomCompletion(Case facts, List<Fact> open, Random random) {
        Case completed = facts;
        for (Fact fact : open) {
            List<String> values = fact.allowed();
            if (fact.kind() == Fact.Kind.LIST) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                List<String> chosen = new ArrayList<>();
                for (String value : values) {
                    if (random.nextBoolean()) {
                        chosen.add(value);
                    }
                }
                completed = completed.with(fact, List.copyOf(chosen));
            } else {
                int pick = random.nextInt(values.size() + 1);
                if (pick < values.size()) {
                    String value = values.get(pick);
                    completed = completed.with(
                            fact, fact.kind() == Fact.Kind.BOOLEAN ? (Object) Boolean.valueOf(value) : value);
                }
            }
        }
        return completed;
    }

    /**
     * For each open fact but {@code except}, its answer that pushes hardest in {@code direction}, if any pushes that
     * way at all; the hardest first.
     */
    private static List<WeighedAnswer> strongest(List<WeighedAnswer> weighed, Direction direction, Fact except) {
        List<WeighedAnswer> best = new ArrayList<>();
        for (WeighedAnswer w : weighed) {
            if (w.fact() == except) {
                continue;
            }
            int push = w.push(direction);
            if (push <= 0) {
                continue;
            }
            WeighedAnswer same =
                    best.stream().filter(b -> b.fact() == w.fact()).findFirst().orElse(null);
            if (same == null) {
                best.add(w);
            } else if (push > same.push(direction)) {
                best.set(best.indexOf(same), w);
            }
        }
        best.sort(Comparator.comparingInt((WeighedAnswer w) -> -w.push(direction)));
        return best;
    }
}
