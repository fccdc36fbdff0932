package dk.samskab.interview;

import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleFailure;
import dk.samskab.model.Actor;
import dk.samskab.model.ActorKind;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import dk.samskab.whatif.AnswerWeights;
import dk.samskab.whatif.Effects;
import dk.samskab.whatif.Relevance;
import dk.samskab.whatif.Trial;
import dk.samskab.whatif.TypeReach;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Works out what to ask next by trying answers with the rules; no order of questions is kept by hand. Only the
 * questions {@link Relevance} finds could change the result are asked. Of those, first the ones whose answer, alone
 * or with one other open answer, could move the type ({@link Effects}), ordered by how the rules weigh their answers
 * ({@link AnswerWeights}, from each criterion's {@code @strength}): first the defining facts (those whose
 * evidence breaks a tie); then what the actors already suggest (volunteers taking part: the volunteer track); then
 * the question whose answers are expected to add the most weighed evidence, so that a question every answer of which
 * is evidence comes before one only a "yes" to which is; among equals, the one whose answer could complete what the
 * known facts settle rather than contradict it, then the one that leaves the fewest types reachable. Then the
 * questions that only the roles and warnings need, then how the parties see the process, and last, marked optional,
 * the questions whose answer could only show or hide {@code mixed-signals}: checks of the facts' consistency, which
 * the analyst may skip together.
 */
public final class Planner {

    /** What the actors suggest asking early: a kind of actor taking part, and the fact it makes likely. */
    private static final Map<ActorKind, Fact> SUGGESTED = Map.of(ActorKind.VOLUNTEER, Fact.VOLUNTEER_TRACK);

    private final Engine engine;
    private final Relevance relevance;

    public Planner(Engine engine) {
        this.engine = engine;
        this.relevance = new Relevance(engine);
    }

    /** The plan for a case whose {@code dontKnow} facts were answered "don't know". */
    public Plan plan(Case facts, Set<Fact> dontKnow, boolean perceptionsAsked) throws RuleFailure {
        List<Fact> open = Stream.of(Fact.values())
                .filter(f -> !facts.isKnown(f) && !dontKnow.contains(f))
                .toList();
        Trial trial = new Trial(engine);
        Effects effects = new Effects(trial);
        TypeReach reach = new TypeReach(trial);
        Map<Fact, Set<Effects.Change>> changes = effects.of(facts, open, open);
        List<Fact> matter = open.stream().filter(f -> !changes.get(f).isEmpty()).toList();
        List<Fact> movers = matter.stream()
                .filter(f -> changes.get(f).contains(Effects.Change.TYPE))
                .toList();
        AnswerWeights weights = reach.weigh(facts, open);
        Map<Fact, int[]> score = new HashMap<>();
        movers.parallelStream()
                .map(f -> Map.entry(f, score(f, weights, reach)))
                .toList()
                .forEach(e -> score.put(e.getKey(), e.getValue()));
        Set<Fact> suggested = suggested(facts.getActors());
        List<Fact> first = new ArrayList<>(movers);
        first.sort(Comparator.<Fact, Boolean>comparing(f -> !weights.defining(f))
                .thenComparing(f -> !suggested.contains(f))
                .thenComparingInt(f -> -weights.expected(f))
                .thenComparingInt(f -> -weights.agreeing(f))
                .thenComparingInt(f -> score.get(f)[0])
                .thenComparingInt(f -> -weights.lean(f))
                .thenComparingInt(f -> score.get(f)[1])
                .thenComparingInt(f -> -score.get(f)[2]));
        List<Fact> checks = matter.stream()
                .filter(f -> !movers.contains(f) && Effects.onlyChecksConsistency(changes.get(f)))
                .toList();
        List<Fact> questions = new ArrayList<>(first);
        matter.stream().filter(f -> !movers.contains(f) && !checks.contains(f)).forEach(questions::add);
        questions.addAll(checks);

        boolean perceptions =
                !perceptionsAsked && engine.classify(facts).isCoCreation() && relevance.perceptionsMatter(facts);
        boolean settled = reach.settled(facts, open);
        List<Fact> couldChange = settled ? List.of() : movers;
        boolean atTheEnd = questions.isEmpty() && !perceptions;
        List<Fact> leftOpenBy =
                (settled && !atTheEnd) || dontKnow.isEmpty() ? List.of() : leftOpenBy(facts, dontKnow, open, effects);
        if (Boolean.getBoolean("samskab.debug.plan")) {
            System.err.println("plan: " + Trial.COUNT.getAndSet(0) + " classifications; "
                    + first.stream()
                            .map(f -> f.code() + java.util.Arrays.toString(score.get(f)) + weights.expected(f) + "/"
                                    + weights.agreeing(f) + "/" + weights.lean(f))
                            .toList()
                    + " settled " + settled);
        }
        return new Plan(questions, Set.copyOf(checks), perceptions, settled, couldChange, open.size(), leftOpenBy);
    }

    /**
     * How much asking {@code fact} settles: the most types still reachable after any one answer (fewer first), the
     * sum of those counts over the answers, per answer and times ten (fewer first), and how many different types
     * the answers give alone (more first).
     */
    private static int[] score(Fact fact, AnswerWeights weights, TypeReach reach) {
        int most = 0;
        int sum = 0;
        Set<String> results = new HashSet<>();
        List<Object> answers = Relevance.answers(fact, false);
        for (Object answer : answers) {
            Set<String> types = reach.quickly(weights, fact, answer);
            most = Math.max(most, types.size());
            sum += types.size();
            results.add(types.iterator().next());
        }
        return new int[] {most, sum * 10 / answers.size(), results.size()};
    }

    private static Set<Fact> suggested(List<Actor> actors) {
        Set<Fact> suggested = EnumSet.noneOf(Fact.class);
        for (Actor actor : actors) {
            ActorKind.byCode(actor.kind()).map(SUGGESTED::get).ifPresent(suggested::add);
        }
        return suggested;
    }

    /** The "don't know" answers of which an answer (alone or with one other open answer) could change the type. */
    private static List<Fact> leftOpenBy(Case facts, Set<Fact> dontKnow, Collection<Fact> open, Effects effects) {
        List<Fact> unsure = new ArrayList<>(open);
        unsure.addAll(dontKnow);
        List<Fact> asked = Stream.of(Fact.values()).filter(dontKnow::contains).toList();
        Map<Fact, Set<Effects.Change>> changes = effects.of(facts, asked, unsure);
        return asked.stream()
                .filter(f -> changes.get(f).contains(Effects.Change.TYPE))
                .toList();
    }
}
