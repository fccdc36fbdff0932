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

    private static void check(CaseFile example) throws Exception {
        Walk walk = ArticleWalks.walk(example);
        assertEquals(example.expect().type(), walk.type(), example.id());
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
    }

    /** Every open fact answered at random; a list gets a random set of its entries. */
    private static Case complete(Case facts, List<Fact> open, Random random) {
        Case completed = facts;
        for (Fact fact : open) {
            List<String> values = fact.allowed();
            Object value;
            switch (fact.kind()) {
                case BOOLEAN -> value = random.nextBoolean();
                case CHOICE -> value = values.get(random.nextInt(values.size()));
                default -> {
                    List<String> chosen = new ArrayList<>();
                    values.stream().filter(v -> random.nextBoolean()).forEach(chosen::add);
                    value = chosen;
                }
            }
            completed = completed.with(fact, value);
        }
        return completed;
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
        assertEquals(
                "volunteer_track", reading.get("questions").get(0).get("fact").asText(), "volunteers entered");
        assertTrue(reading.get("questions").get(0).get("answer").asBoolean());

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
