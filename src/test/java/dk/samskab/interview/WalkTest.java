package dk.samskab.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskab.ArticleWalks;
import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.engine.Engine;
import dk.samskab.loading.CaseFile;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The interview walked from the article's examples, as {@code samskab interview} walks it. */
class WalkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Random completions tried for each settled answer: more than the search itself tries, and other ones. */
    private static final int COMPLETIONS = 150;

    @TestFactory
    Stream<DynamicTest> eachExampleEndsOnItsTypeAndASettledTypeNeverChanges() throws Exception {
        return ArticleWalks.examples().stream()
                .map(example -> DynamicTest.dynamicTest(example.id(), () -> check(example)));
    }

    /**
     * Descriptions the test makes up from the article's examples — each fact kept, left out, or given another
     * value, at random (seeded) — walked through the interview: whatever it calls settled stays so under random
     * answers to the questions still open, and the type it ends on is the rules' type of the answers it took.
     */
    @TestFactory
    Stream<DynamicTest> aSettledTypeNeverChangesOnMadeUpDescriptions() throws Exception {
        List<CaseFile> examples = ArticleWalks.examples();
        Random random = new Random(15);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < MADE_UP; i++) {
            CaseFile example = examples.get(random.nextInt(examples.size()));
            CaseFile madeUp = madeUp(example, random, i);
            tests.add(DynamicTest.dynamicTest(madeUp.id() + " " + madeUp.facts().knownFacts(), () -> {
                Walk walk = Walk.of(ArticleWalks.interviewer(), madeUp, dk.samskab.i18n.Lang.EN);
                check(madeUp, walk);
            }));
        }
        return tests.stream();
    }

    /** Made-up descriptions walked: each walk classifies a few hundred thousand cases. */
    private static final int MADE_UP = 6;

    private static CaseFile madeUp(CaseFile example, Random random, int n) {
        Case whole = example.facts();
        Case made = new Case(whole.getActors(), Map.of(), List.of());
        for (Fact fact : Fact.values()) {
            int roll = random.nextInt(20);
            if (whole.isKnown(fact) && roll < 12) {
                made = made.with(fact, whole.get(fact));
            } else if (roll >= 17) {
                made = made.with(fact, randomValue(fact, random));
            }
        }
        return new CaseFile(
                java.nio.file.Path.of(example.id() + "-" + n + ".yaml"),
                example.id() + "-made-up-" + n,
                example.title(),
                null,
                null,
                made,
                null,
                "");
    }

    private static void check(CaseFile example) throws Exception {
        Walk walk = ArticleWalks.walk(example);
        assertEquals(example.expect().type(), walk.type(), example.id());
        check(example, walk);
    }

    private static void check(CaseFile example, Walk walk) throws Exception {
        assertFalse(walk.questions().isEmpty());
        Case whole = example.facts();
        Engine engine = ArticleWalks.engine();
        Case sofar = new Case(whole.getActors(), Map.of(), List.of());
        Set<Fact> asked = new HashSet<>();
        boolean settledBefore = false;
        boolean optionalBefore = false;
        Random random = new Random(example.id().hashCode());
        for (Walk.Step step : walk.questions()) {
            assertFalse(optionalBefore && !step.optional(), "optional questions come last, together: " + step);
            optionalBefore = step.optional();
            if (!step.fact().equals(Walk.PERCEPTIONS)) {
                Fact fact = Fact.byCode(step.fact()).orElseThrow();
                assertTrue(asked.add(fact), "asked once: " + fact);
                if (!Walk.DONT_KNOW.equals(step.answer())) {
                    assertEquals(whole.get(fact), step.answer(), "answered from the file");
                    sofar = sofar.with(fact, step.answer());
                } else {
                    assertFalse(whole.isKnown(fact), "don't know only where the file is silent");
                }
            }
            assertEquals(engine.classify(sofar).type(), step.type(), "the provisional type after " + step.fact());
            if (settledBefore) {
                assertTrue(step.settled(), "once settled, always settled: " + step);
            }
            settledBefore = step.settled();
            if (step.settled()) {
                List<Fact> open =
                        Stream.of(Fact.values()).filter(f -> !asked.contains(f)).toList();
                for (int i = 0; i < COMPLETIONS; i++) {
                    Case completed = complete(sofar, open, random);
                    assertEquals(
                            step.type(),
                            engine.classify(completed).type(),
                            example.id() + ": settled after " + step.fact() + ", yet " + completed.knownFacts());
                }
            }
        }
        assertEquals(engine.classify(sofar).type(), walk.type(), "the type of the answers taken");
        assertEquals(
                engine.classify(whole).type(),
                walk.type(),
                example.id() + ": the file's own type, from only the questions asked");
    }

    /**
     * Every open fact answered at random, or (one time in five) left unknown, as a "don't know" leaves it; a list
     * gets a random set of its entries.
     */
    private static Case complete(Case facts, List<Fact> open, Random random) {
        Case completed = facts;
        for (Fact fact : open) {
            if (random.nextInt(5) > 0) {
                completed = completed.with(fact, randomValue(fact, random));
            }
        }
        return completed;
    }

    private static Object randomValue(Fact fact, Random random) {
        List<String> values = fact.allowed();
        return switch (fact.kind()) {
            case BOOLEAN -> random.nextBoolean();
            case CHOICE -> values.get(random.nextInt(values.size()));
            case LIST -> {
                List<String> chosen = new ArrayList<>();
                values.stream().filter(v -> random.nextBoolean()).forEach(chosen::add);
                yield List.copyOf(chosen);
            }
        };
    }

    @Test
    void theJsonIsTheContracts() throws Exception {
        Run run = Run.of(
                "interview",
                Project.scenarios()
                        .resolve("article/frivillige-hoejtlaesning-boernehave.yaml")
                        .toString(),
                Project.scenarios().resolve("article/lokalplan-hoering.yaml").toString(),
                "--format",
                "json");
        assertEquals(0, run.status(), run.err());
        JsonNode all = JSON.readTree(run.out());
        assertTrue(all.isArray(), "an array for several files");
        assertEquals(2, all.size());
        for (JsonNode walk : all) {
            assertEquals(Set.of("id", "type", "asked", "questions"), fields(walk));
            assertEquals(walk.get("asked").asInt(), walk.get("questions").size());
            for (JsonNode q : walk.get("questions")) {
                assertEquals(Set.of("fact", "answer", "type", "settled", "optional"), fields(q));
                assertTrue(q.get("settled").isBoolean() && q.get("optional").isBoolean());
            }
        }
        JsonNode reading = all.get(0);
        assertEquals("frivillige-hoejtlaesning-boernehave", reading.get("id").asText());
        assertEquals("responsibilising", reading.get("type").asText());
        JsonNode questions = reading.get("questions");
        assertEquals(
                Set.of("result_planned_in_advance", "main_responsibility"),
                Set.of(
                        questions.get(0).get("fact").asText(),
                        questions.get(1).get("fact").asText()),
                "the facts the article defines the types by first");
        assertEquals("volunteer_track", questions.get(2).get("fact").asText(), "then what the actors suggest");
        assertTrue(questions.get(2).get("answer").asBoolean());

        Run one = Run.of(
                "interview",
                Project.scenarios().resolve("article/lokalplan-hoering.yaml").toString(),
                "--format",
                "json");
        JsonNode single = JSON.readTree(one.out());
        assertTrue(single.isObject(), "one object for one file");
        assertEquals(all.get(1), single);
    }

    @Test
    void theTextHasOneLinePerQuestionInTheLanguageAsked() throws Exception {
        CaseFile hearing = ArticleWalks.examples().stream()
                .filter(e -> e.id().equals("lokalplan-hoering"))
                .findFirst()
                .orElseThrow();
        Walk walk = ArticleWalks.walk(hearing);
        Run run = Run.of("interview", hearing.path().toString(), "--lang", "da");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(1 + walk.asked(), lines.size(), run.out());
        assertTrue(lines.get(0).contains("Styret samskabelse"), lines.get(0));
        Map<String, String> byFact = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            byFact.put(line.replaceAll(".*\\[(.*)]$", "$1"), line);
        }
        for (Walk.Step step : walk.questions()) {
            assertNotNull(byFact.get(step.fact()), step.fact() + " in " + run.out());
        }
        assertTrue(run.out().contains("Ved ikke") || run.out().contains("Ja"), run.out());
    }

    @Test
    void aFileThatCannotBeReadIsOneLineAndStatusTwo() {
        Run run = Run.of("interview", "no-such-file.yaml");
        assertEquals(2, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void onlyPublicActorsAreNotAskedHowThePartiesSeeItAsCoCreation() throws Exception {
        Case departments = new Case(
                List.of(
                        new dk.samskab.model.Actor("Teknik og Miljø", "municipality"),
                        new dk.samskab.model.Actor("Region Hovedstaden", "region")),
                Map.of(),
                List.of());
        CaseFile file = new CaseFile(
                java.nio.file.Path.of("samarbejde.yaml"),
                "samarbejde",
                "Samarbejde",
                null,
                null,
                departments,
                null,
                "");
        Walk walk = Walk.of(ArticleWalks.interviewer(), file, dk.samskab.i18n.Lang.DA);
        assertEquals("collaboration", walk.type());
        assertTrue(
                walk.questions().stream().noneMatch(q -> q.fact().equals(Walk.PERCEPTIONS)),
                "collaboration: no question about co-creation types " + walk.questions());
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
