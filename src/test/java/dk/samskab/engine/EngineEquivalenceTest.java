package dk.samskab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.cache.RuleCache;
import dk.samskab.explain.Explainer;
import dk.samskab.i18n.Lang;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import dk.samskab.model.Actor;
import dk.samskab.model.ActorKind;
import dk.samskab.model.Case;
import dk.samskab.model.Codes;
import dk.samskab.model.Fact;
import dk.samskab.model.PerceivedType;
import dk.samskab.report.Format;
import dk.samskab.rules.RuleSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's reused sessions (kept by the engine, reset between cases) conclude exactly what a fresh session per case
 * does: every shipped scenario and a few hundred cases varied from them, each classified and explained both ways —
 * the what-if analysis included, which classifies each case a hundred times more on every core — give the same
 * whole JSON report, in both languages. The reused path classifies the cases in another order than the fresh one,
 * so that each case meets a session that has just held a different case.
 */
class EngineEquivalenceTest {

    private static final int VARIED = 300;

    private static Explainer fresh;
    private static Explainer reused;
    private static List<CaseFile> scenarios;

    @BeforeAll
    static void bothEngines() throws Exception {
        RuleBase rules = Project.rules();
        fresh = new Explainer(Engine.withFreshSessions(rules));
        reused = new Explainer(new Engine(rules));
        scenarios = new ArrayList<>();
        for (var file : CaseFiles.below(Project.scenarios())) {
            scenarios.add(CaseReader.read(file));
        }
    }

    @Test
    void everyShippedScenarioGivesTheSameJsonReportFromAReusedSessionAsFromAFreshOne() {
        Set<String> types = assertSameReports(scenarios);
        assertTrue(types.size() >= 5, "the scenarios reach the types and the non-co-creations: " + types);
    }

    @Test
    void hundredsOfVariedCasesGiveTheSameJsonReportFromAReusedSessionAsFromAFreshOne() {
        Random random = new Random(20_261_202L);
        List<CaseFile> varied = new ArrayList<>();
        for (int i = 0; i < VARIED; i++) {
            CaseFile base = scenarios.get(random.nextInt(scenarios.size()));
            varied.add(withFacts(base, "varied-" + i, vary(base.facts(), random.nextInt(6), random)));
        }
        Set<String> types = assertSameReports(varied);
        assertTrue(types.contains("undetermined") && types.size() >= 6, "the variants reach every outcome: " + types);
    }

    @Test
    void theCachedExecutableModelGivesTheSameReportsFromAReusedSessionAsFromAFreshOne(@TempDir Path cacheRoot)
            throws Exception {
        RuleSource source = RuleSource.read(Project.rulesFolder());
        RuleCache cache = new RuleCache(cacheRoot);
        cache.store(source);
        RuleBase model = cache.load(source).orElseThrow(() -> new AssertionError("the stored model does not load"));
        Explainer classic = fresh;
        try {
            fresh = new Explainer(Engine.withFreshSessions(model));
            reused = new Explainer(new Engine(model));
            Set<String> types = assertSameReports(scenarios);
            assertTrue(types.size() >= 5, "the scenarios reach the types and the non-co-creations: " + types);
        } finally {
            fresh = classic;
            reused = new Explainer(new Engine(Project.rules()));
        }
    }

    @Test
    void oneEngineClassifyingOnManyThreadsAtOnceGivesEachCaseItsOwnConclusions() throws Exception {
        RuleBase rules = Project.rules();
        Engine freshEngine = Engine.withFreshSessions(rules);
        List<String> expected = new ArrayList<>();
        for (CaseFile c : scenarios) {
            expected.add(conclusions(freshEngine, c.facts()));
        }
        Engine shared = new Engine(rules);
        int threads = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<List<String>>> rounds = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                rounds.add(pool.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        for (int k = 0; k < scenarios.size(); k++) {
                            int i = (k + offset * 7 + round) % scenarios.size();
                            if (!expected.get(i)
                                    .equals(conclusions(shared, scenarios.get(i).facts()))) {
                                mismatches.add(scenarios.get(i).id());
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            for (var round : rounds) {
                assertEquals(List.of(), round.get(), "cases that concluded otherwise while other threads classified");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the engine concluded about a case, and which rules fired, as text; a failure's words when it fails. */
    private static String conclusions(Engine engine, Case facts) {
        try {
            Outcome outcome = engine.classify(facts);
            List<String> derived = new ArrayList<>();
            for (Derived<Object> d : outcome.derived()) {
                derived.add(d.fact() + " <- " + d.rule());
            }
            derived.sort(null);
            return derived + " " + new TreeSet<>(outcome.firedRules());
        } catch (RuleFailure e) {
            return "failure: " + e.problem().render(Lang.EN);
        }
    }

    /** Classifies each case both ways, the reused path in reverse order; returns the types (or failures) seen. */
    private static Set<String> assertSameReports(List<CaseFile> cases) {
        List<String> expected = new ArrayList<>();
        for (CaseFile c : cases) {
            expected.add(report(fresh, c));
        }
        Set<String> types = new TreeSet<>();
        for (int i = cases.size() - 1; i >= 0; i--) {
            String actual = report(reused, cases.get(i));
            assertEquals(expected.get(i), actual, cases.get(i).id() + ": the reused session concludes otherwise");
            types.add(typeIn(actual));
        }
        return types;
    }

    /** The whole JSON report in English and in Danish, or the failure's words when the rules cannot classify it. */
    private static String report(Explainer explainer, CaseFile c) {
        try {
            var explanation = explainer.classifyAndExplain(c);
            return Format.JSON.render(List.of(explanation), Lang.EN)
                    + Format.JSON.render(List.of(explanation), Lang.DA);
        } catch (RuleFailure e) {
            return "failure: " + e.problem().render(Lang.EN) + " " + e.rules();
        }
    }

    private static String typeIn(String report) {
        if (report.startsWith("failure: ")) {
            return "failure";
        }
        try {
            // the report's own top-level type, not the first "type" key of some nested object
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(report)
                    .path("type")
                    .asText("?");
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static CaseFile withFacts(CaseFile base, String id, Case facts) {
        return new CaseFile(
                base.path(),
                id,
                base.title(),
                base.source(),
                base.description(),
                facts,
                base.expect(),
                base.sha256(),
                base.authorship());
    }

    /** {@code count} changes within the contract's value lists: a fact set, made unknown; an actor added, etc. */
    private static Case vary(Case base, int count, Random random) {
        List<Actor> actors = new ArrayList<>(base.getActors());
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        facts.putAll(base.knownFacts());
        List<PerceivedType> perceived = new ArrayList<>(base.getPerceivedTypes());
        for (int c = 0; c < count; c++) {
            int roll = random.nextInt(100);
            if (roll < 45) {
                Fact fact = Fact.values()[random.nextInt(Fact.values().length)];
                facts.put(fact, valueOf(fact, random));
            } else if (roll < 65) {
                if (!facts.isEmpty()) {
                    List<Fact> known = new ArrayList<>(facts.keySet());
                    facts.remove(known.get(random.nextInt(known.size())));
                }
            } else if (roll < 75) {
                ActorKind kind = ActorKind.values()[random.nextInt(ActorKind.values().length)];
                actors.add(new Actor("Aktør " + actors.size() + "-" + c, kind.code()));
            } else if (roll < 83) {
                if (actors.size() > 1) {
                    Actor gone = actors.remove(random.nextInt(actors.size()));
                    perceived.removeIf(p -> p.actor().equals(gone.name()));
                }
            } else if (roll < 91) {
                int at = random.nextInt(actors.size());
                ActorKind kind = ActorKind.values()[random.nextInt(ActorKind.values().length)];
                actors.set(at, new Actor(actors.get(at).name(), kind.code()));
            } else {
                Actor who = actors.get(random.nextInt(actors.size()));
                if (perceived.stream().noneMatch(p -> p.actor().equals(who.name()))) {
                    perceived.add(new PerceivedType(who.name(), Codes.CO_CREATION_TYPES.get(random.nextInt(4))));
                }
            }
        }
        return new Case(actors, facts, perceived);
    }

    private static Object valueOf(Fact fact, Random random) {
        return switch (fact.kind()) {
            case BOOLEAN -> random.nextBoolean();
            case CHOICE -> fact.allowed().get(random.nextInt(fact.allowed().size()));
            case LIST -> {
                List<String> values = new ArrayList<>();
                for (String value : fact.allowed()) {
                    if (random.nextInt(100) < 35) {
                        values.add(value);
                    }
                }
                yield List.copyOf(values);
            }
        };
    }
}
