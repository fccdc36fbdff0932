package dk.samskab.whatif;

import dk.samskab.engine.Engine;
import dk.samskab.engine.Outcome;
import dk.samskab.engine.RuleFailure;
import dk.samskab.model.Actor;
import dk.samskab.model.Case;
import dk.samskab.model.Codes;
import dk.samskab.model.Fact;
import dk.samskab.model.PerceivedType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which open questions could still change the result, found by asking the rules themselves: the case is classified
 * again with the question answered, and a question matters when some answer changes the {@link Result} — the type,
 * the employee's role, the citizens' roles or the warnings. No question is listed here by hand.
 * <p>
 * A fact is <em>open</em> when the case neither knows it nor has it answered "don't know". An open fact matters when
 * an answer to it alone changes the result, or when an answer to it together with an answer to another open fact
 * that matters no more alone does: some rules join two facts (the decoupling warning needs both self-running
 * partners and no safeguards), and neither of those would otherwise ever be asked. Every fact reported has such an
 * answer, so an interview that asks only these facts asks nothing that cannot matter.
 */
public final class Relevance {

    /** What an answer can change, as codes; a warning about an axis is written {@code code@axis}. */
    public record Result(String type, String employeeRole, Set<String> citizenRoles, Set<String> warnings) {

        public Result {
            citizenRoles = Set.copyOf(citizenRoles);
            warnings = Set.copyOf(warnings);
        }

        public static Result of(Outcome outcome) {
            return new Result(
                    outcome.type(),
                    outcome.employeeRole().map(d -> d.fact().role()).orElse(null),
                    outcome.citizenRoles(),
                    outcome.warningsRaised());
        }
    }

    private final Engine engine;

    public Relevance(Engine engine) {
        this.engine = engine;
    }

    /** The result of a case as it stands. */
    public Result resultOf(Case facts) throws RuleFailure {
        return Result.of(engine.classify(facts));
    }

    /**
     * The open facts that matter, in the contract's order; {@code dontKnow} are facts answered "don't know". The
     * facts (and pairs) are tried in parallel: each try is a classification of its own.
     */
    public List<Fact> factsThatMatter(Case facts, Set<Fact> dontKnow) throws RuleFailure {
        Result now = resultOf(facts);
        Map<Case, Optional<Result>> seen = new ConcurrentHashMap<>();
        List<Fact> open = Stream.of(Fact.values())
                .filter(f -> !facts.isKnown(f) && !dontKnow.contains(f))
                .toList();
        Set<Fact> alone = open.parallelStream()
                .filter(f -> anyAnswerChanges(facts, f, now, seen))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Fact.class)));
        List<Fact> notAlone = open.stream().filter(f -> !alone.contains(f)).toList();
        List<Fact[]> pairs = new ArrayList<>();
        for (int i = 0; i < notAlone.size(); i++) {
            for (int j = i + 1; j < notAlone.size(); j++) {
                pairs.add(new Fact[] {notAlone.get(i), notAlone.get(j)});
            }
        }
        Set<Fact> matter = EnumSet.noneOf(Fact.class);
        matter.addAll(alone);
        pairs.parallelStream()
                .filter(pair -> anyPairChanges(facts, pair[0], pair[1], now, seen))
                .flatMap(Stream::of)
                .collect(Collectors.toList())
                .forEach(matter::add);
        return List.copyOf(matter);
    }

    /** The first open fact that matters, in the contract's order: the interview's next question. */
    public Optional<Fact> nextQuestion(Case facts, Set<Fact> dontKnow) throws RuleFailure {
        return factsThatMatter(facts, dontKnow).stream().findFirst();
    }

    /**
     * Whether how the parties themselves see the process could change the result: some party seeing it as one of the
     * four types would. Asked once, for all parties at a time, so only a case with no perceived type yet is tried;
     * each party is tried, since a rule may read one party's view and not another's.
     */
    public boolean perceptionsMatter(Case facts) throws RuleFailure {
        if (!facts.getPerceivedTypes().isEmpty() || facts.getActors().isEmpty()) {
            return false;
        }
        Result now = resultOf(facts);
        for (Actor actor : facts.getActors()) {
            for (String type : Codes.CO_CREATION_TYPES) {
                Case seenAs =
                        new Case(facts.getActors(), facts.knownFacts(), List.of(new PerceivedType(actor.name(), type)));
                if (!result(seenAs, new HashMap<>()).equals(Optional.of(now))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anyAnswerChanges(Case facts, Fact fact, Result now, Map<Case, Optional<Result>> seen) {
        for (Object answer : answers(fact, true)) {
            if (!result(facts.with(fact, answer), seen).equals(Optional.of(now))) {
                return true;
            }
        }
        return false;
    }

    private boolean anyPairChanges(Case facts, Fact one, Fact other, Result now, Map<Case, Optional<Result>> seen) {
        for (Object first : answers(one, false)) {
            Case half = facts.with(one, first);
            for (Object second : answers(other, false)) {
                if (!result(half.with(other, second), seen).equals(Optional.of(now))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The result of a hypothetical case; empty when the rules fail on it, which differs from any result. */
    private Optional<Result> result(Case facts, Map<Case, Optional<Result>> seen) {
        Optional<Result> known = seen.get(facts);
        if (known != null) {
            return known;
        }
        Optional<Result> worked;
        try {
            worked = Optional.of(resultOf(facts));
        } catch (RuleFailure e) {
            worked = Optional.empty();
        }
        seen.put(facts, worked);
        return worked;
    }

    /**
     * The answers tried for a fact: each value; for a list, none, each entry alone and all of them — and, when
     * {@code pairs}, each two entries together, as rules may ask for two entries at once (co-producers take part in
     * both designing and carrying out).
     */
    public static List<Object> answers(Fact fact, boolean pairs) {
        List<Object> answers = new ArrayList<>();
        switch (fact.kind()) {
            case BOOLEAN -> {
                answers.add(Boolean.TRUE);
                answers.add(Boolean.FALSE);
            }
            case CHOICE -> answers.addAll(fact.allowed());
            case LIST -> {
                List<String> entries = fact.allowed();
                answers.add(List.of());
                entries.forEach(entry -> answers.add(List.of(entry)));
                if (pairs) {
                    for (int i = 0; i < entries.size(); i++) {
                        for (int j = i + 1; j < entries.size(); j++) {
                            answers.add(List.of(entries.get(i), entries.get(j)));
                        }
                    }
                }
                answers.add(List.copyOf(entries));
            }
        }
        return answers;
    }
}
