package dk.samskab.compare;

import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleFailure;
import dk.samskab.explain.Explainer;
import dk.samskab.explain.FactValue;
import dk.samskab.i18n.Message;
import dk.samskab.loading.CaseFile;
import dk.samskab.model.Actor;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import dk.samskab.model.PartyType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the parties' own descriptions of one process. Each description is classified and explained on its own.
 * A fact the parties answer differently {@linkplain Disagreement#movesType() moves the type} when, on any party's
 * description, putting in one party's answer rather than another's gives another type: the rules are asked, one
 * classification per answer, so no list of facts in Java decides it. The answers tried are the answers the parties
 * give; where only one party answers, its answer is tried against leaving the fact unknown.
 */
public final class Comparer {

    private final Engine engine;
    private final Explainer explainer;

    public Comparer(Engine engine) {
        this.engine = engine;
        this.explainer = new Explainer(engine);
    }

    /** Sets the descriptions side by side, the parties in the order the actors are listed. */
    public Comparison compare(List<CaseFile> given) throws NotOneProcess, RuleFailure {
        check(given);
        List<String> names =
                given.get(0).facts().getActors().stream().map(Actor::name).toList();
        List<CaseFile> files = new ArrayList<>(given);
        files.sort(java.util.Comparator.comparingInt(f -> names.indexOf(f.perspectiveOf())));
        List<Party> parties = new ArrayList<>();
        for (CaseFile file : files) {
            parties.add(new Party(file.perspectiveOf(), explainer.classifyAndExplain(file)));
        }
        List<Disagreement> moving = new ArrayList<>();
        List<Disagreement> notMoving = new ArrayList<>();
        List<FactValue> common = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            Map<String, Object> answers = new LinkedHashMap<>();
            for (CaseFile file : files) {
                answers.put(file.perspectiveOf(), normalised(fact, file.facts().get(fact)));
            }
            Set<Object> distinct = new LinkedHashSet<>(answers.values());
            if (distinct.size() == 1) {
                Object shared = distinct.iterator().next();
                if (shared != null) {
                    common.add(new FactValue(fact, shared));
                }
                continue;
            }
            boolean moves = movesType(fact, distinct, files);
            (moves ? moving : notMoving).add(new Disagreement(fact, answers, moves));
        }
        List<Disagreement> disagreements = new ArrayList<>(moving);
        disagreements.addAll(notMoving);
        Set<String> types = new LinkedHashSet<>();
        parties.forEach(p -> types.add(p.type()));
        String agreed = types.size() == 1 ? types.iterator().next() : null;
        return new Comparison(
                parties,
                disagreements,
                common,
                agreed,
                engine.compare(parties.stream()
                        .map(p -> new PartyType(p.name(), p.type()))
                        .toList()),
                engine.rules());
    }

    private boolean movesType(Fact fact, Set<Object> answers, List<CaseFile> files) throws RuleFailure {
        List<Object> tried = answers.stream().filter(Objects::nonNull).toList();
        if (tried.size() < 2) {
            tried = new ArrayList<>(answers);
        }
        for (CaseFile file : files) {
            Set<String> types = new HashSet<>();
            for (Object answer : tried) {
                Case facts = file.facts().with(fact, answer);
                types.add(engine.classify(facts).type());
            }
            if (types.size() > 1) {
                return true;
            }
        }
        return false;
    }

    /** A list answer in the contract's order, so that the same entries in another order are the same answer. */
    private static Object normalised(Fact fact, Object value) {
        if (value instanceof List<?> list) {
            return fact.allowed().stream().filter(list::contains).toList();
        }
        return value;
    }

    private static void check(List<CaseFile> files) throws NotOneProcess {
        for (CaseFile file : files) {
            if (file.perspectiveOf() == null) {
                throw new NotOneProcess(Message.of("compare.no-perspective", shown(file)));
            }
        }
        CaseFile first = files.get(0);
        if (files.size() < 2) {
            throw new NotOneProcess(Message.of("compare.one-party", shown(first)));
        }
        Set<Actor> actors = new HashSet<>(first.facts().getActors());
        Map<String, CaseFile> byParty = new LinkedHashMap<>();
        for (CaseFile file : files) {
            if (!new HashSet<>(file.facts().getActors()).equals(actors)) {
                throw new NotOneProcess(Message.of("compare.actors-differ", shown(first), shown(file)));
            }
            CaseFile before = byParty.putIfAbsent(file.perspectiveOf(), file);
            if (before != null) {
                throw new NotOneProcess(
                        Message.of("compare.same-party", shown(before), shown(file), file.perspectiveOf()));
            }
        }
    }

    private static String shown(CaseFile file) {
        return file.path().toString().replace('\\', '/');
    }
}
