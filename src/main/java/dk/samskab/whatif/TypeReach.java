package dk.samskab.whatif;

import dk.samskab.engine.Engine;
import dk.samskab.model.Axis;
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
 * This is a search, not a proof: it is as good as evidence is additive. {@code TypeReachTest} tries random
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
        Weights weights = weigh(facts, open);
        for (Direction direction : Direction.all()) {
            Case pushed = facts;
            for (Weighed push : strongest(weights.answers(), direction, null)) {
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
    public Weights weigh(Case facts, Collection<Fact> open) {
        Optional<Trial.Seen> base = trial.of(facts);
        List<Weighed> weighed = new ArrayList<>();
        for (Fact fact : open) {
            for (Object answer : Relevance.answers(fact, true)) {
                trial.of(facts.with(fact, answer))
                        .ifPresent(seen -> weighed.add(new Weighed(fact, answer, seen, base.orElse(null))));
            }
        }
        return new Weights(facts, weighed);
    }

    /**
     * The types reachable once {@code fact} is answered {@code answer}, found more quickly than {@link #reachable}:
     * only the strongest pushes of the other open facts (as weighed without that answer), all together and the
     * two strongest alone. To compare questions by, not to call a type settled.
     */
    public Set<String> quickly(Weights weights, Fact fact, Object answer) {
        Case answered = weights.facts().with(fact, answer);
        Set<String> types = new LinkedHashSet<>();
        types.add(String.valueOf(trial.type(answered)));
        for (Direction direction : Direction.all()) {
            List<Weighed> pushes = strongest(weights.answers(), direction, fact);
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

    /** Each answer to each open fact of a case, and the evidence it adds there. */
    public record Weights(Case facts, List<Weighed> answers) {

        public Weights {
            answers = List.copyOf(answers);
        }

        /**
         * Whether some answer to {@code fact} meets a criterion that breaks a tie on its axis: in the rules' weight
         * table ({@code strengths.drl}) only what the article defines a type by does, so this is a defining fact.
         */
        public boolean defining(Fact fact) {
            for (Weighed w : answers) {
                if (w.fact() == fact) {
                    for (Axis axis : Axis.values()) {
                        for (String pole : axis.poles()) {
                            if (w.with().tieBreaks(axis.code(), pole)
                                    > (w.without() == null ? 0 : w.without().tieBreaks(axis.code(), pole))) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        /**
         * What an answer to {@code fact} is expected to add to the weighed evidence: over its answers (each value,
         * as {@link Relevance} tries them), the mean of the weight each adds to both axes, in {@link
         * Trial.Seen#evidence}'s measure. The weights are the rules' own (a defining fact weighs more than an
         * illustration of the article, that more than a typical trait), and an answer that is no evidence adds
         * nothing: a question every answer of which is evidence scores above one only a "yes" to which is.
         */
        public int expected(Fact fact) {
            int sum = 0;
            int count = 0;
            for (Weighed w : answers) {
                if (w.fact() == fact) {
                    count++;
                    for (Axis axis : Axis.values()) {
                        for (String pole : axis.poles()) {
                            sum += Math.max(0, w.added(axis.code(), pole));
                        }
                    }
                }
            }
            return count == 0 ? 0 : sum * 10 / count;
        }

        /**
         * How much an answer to {@code fact} that agrees with what the facts already settle could add towards
         * settling what they leave open: the most, over the answers that add no evidence against an axis's present
         * position, of the weight they add to the ends of the axes not yet settled. A question that could confirm
         * and complete the picture the known facts draw scores higher than one that could only contradict it.
         */
        public int agreeing(Fact fact) {
            int most = 0;
            for (Weighed w : answers) {
                if (w.fact() != fact) {
                    continue;
                }
                int open = 0;
                boolean against = false;
                for (Axis axis : Axis.values()) {
                    String position =
                            w.without() == null ? null : w.without().positions().get(axis.code());
                    boolean settled = position != null && axis.poles().contains(position);
                    for (String pole : axis.poles()) {
                        int added = w.added(axis.code(), pole);
                        if (!settled) {
                            open += Math.max(0, added);
                        } else if (!pole.equals(position) && added > 0) {
                            against = true;
                        }
                    }
                }
                if (!against) {
                    most = Math.max(most, open);
                }
            }
            return most;
        }

        /**
         * How hard the strongest answer to {@code fact} leans the axes: for each axis, the evidence it adds for one
         * end less that for the other, summed over the axes; the most of that over the answers.
         */
        public int lean(Fact fact) {
            int most = 0;
            for (Weighed w : answers) {
                if (w.fact() == fact) {
                    int lean = 0;
                    for (Axis axis : Axis.values()) {
                        lean += Math.abs(w.added(axis.code(), axis.poles().get(0))
                                - w.added(axis.code(), axis.poles().get(1)));
                    }
                    most = Math.max(most, lean);
                }
            }
            return most;
        }
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
    private static List<Weighed> strongest(List<Weighed> weighed, Direction direction, Fact except) {
        List<Weighed> best = new ArrayList<>();
        for (Weighed w : weighed) {
            if (w.fact() == except) {
                continue;
            }
            int push = w.push(direction);
            if (push <= 0) {
                continue;
            }
            Weighed same =
                    best.stream().filter(b -> b.fact() == w.fact()).findFirst().orElse(null);
            if (same == null) {
                best.add(w);
            } else if (push > same.push(direction)) {
                best.set(best.indexOf(same), w);
            }
        }
        best.sort(Comparator.comparingInt((Weighed w) -> -w.push(direction)));
        return best;
    }

    /** Towards one end of one axis, or of both axes at once: each named end's evidence counts for, the other's against. */
    private record Direction(List<String[]> ends) {

        static List<Direction> all() {
            List<Direction> all = new ArrayList<>();
            Axis first = Axis.values()[0];
            Axis second = Axis.values()[1];
            for (String pole : first.poles()) {
                all.add(new Direction(List.<String[]>of(new String[] {first.code(), pole})));
            }
            for (String pole : second.poles()) {
                all.add(new Direction(List.<String[]>of(new String[] {second.code(), pole})));
            }
            for (String one : first.poles()) {
                for (String other : second.poles()) {
                    all.add(new Direction(
                            List.of(new String[] {first.code(), one}, new String[] {second.code(), other})));
                }
            }
            return all;
        }
    }

    /** One answer to one open fact, and the evidence it adds to the case (or takes away) at each end of each axis. */
    public record Weighed(Fact fact, Object answer, Trial.Seen with, Trial.Seen without) {

        int push(Direction direction) {
            int push = 0;
            for (String[] end : direction.ends()) {
                Axis axis = Axis.byCode(end[0]).orElseThrow();
                for (String pole : axis.poles()) {
                    int added = added(axis.code(), pole);
                    push += pole.equals(end[1]) ? added : -added;
                }
            }
            return push;
        }

        private int added(String axis, String pole) {
            return with.evidence(axis, pole) - (without == null ? 0 : without.evidence(axis, pole));
        }
    }
}
