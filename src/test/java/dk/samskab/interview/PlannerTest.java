package dk.samskab.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.ArticleWalks;
import dk.samskab.EditedRules;
import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.model.Actor;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of the questions, as the rules' strengths and the actors entered give it. */
class PlannerTest {

    private static final Set<Fact> DEFINING = Set.of(Fact.RESULT_PLANNED_IN_ADVANCE, Fact.MAIN_RESPONSIBILITY);

    private static Case withActors(String... kinds) {
        List<Actor> actors = new java.util.ArrayList<>();
        for (String kind : kinds) {
            actors.add(new Actor(kind + " " + actors.size(), kind));
        }
        return new Case(actors, Map.of(), List.of());
    }

    @Test
    void theDefiningFactsComeFirstThenWhatTheActorsSuggest() throws Exception {
        Plan plan = new Planner(ArticleWalks.engine()).plan(withActors("municipality", "volunteer"), Set.of(), false);
        assertEquals(
                DEFINING,
                Set.copyOf(plan.questions().subList(0, 2)),
                plan.questions().toString());
        assertEquals(Fact.VOLUNTEER_TRACK, plan.questions().get(2), "volunteers entered: " + plan.questions());
    }

    @Test
    void withoutVolunteersTheVolunteerTrackIsNotPutForward() throws Exception {
        Plan plan = new Planner(ArticleWalks.engine()).plan(withActors("municipality", "association"), Set.of(), false);
        assertEquals(
                DEFINING,
                Set.copyOf(plan.questions().subList(0, 2)),
                plan.questions().toString());
        assertTrue(
                plan.questions().indexOf(Fact.VOLUNTEER_TRACK) > 2,
                "no volunteer among the actors: " + plan.questions());
    }

    @Test
    void whenADefiningFactIsAnsweredDontKnowTheOtherComesFirst() throws Exception {
        for (Fact dontKnow : DEFINING) {
            Fact other =
                    DEFINING.stream().filter(f -> f != dontKnow).findFirst().orElseThrow();
            Plan plan = new Planner(ArticleWalks.engine())
                    .plan(withActors("municipality", "citizen"), Set.of(dontKnow), false);
            assertEquals(other, plan.questions().get(0), dontKnow + " not known: " + plan.questions());
            assertTrue(!plan.questions().contains(dontKnow), dontKnow + " is not asked again");
        }
    }

    /**
     * No order is kept in Java: make the staff's role a defining fact in the rules (its criteria's {@code @strength})
     * and it is asked among the first, before the article's illustrations and the other typical traits.
     */
    @Test
    void theOrderFollowsTheStrengthsTheRulesState(@TempDir Path temp) throws Exception {
        Path rules = EditedRules.copyOfShipped(temp.resolve("rules"));
        int edited = 0;
        for (String file : List.of("predictability.dslr", "central-actor.dslr")) {
            Path path = rules.resolve(file);
            Matcher rule = Pattern.compile("(?s)rule \"Staff who[^\\n]*\\n.*?\\nend\\n")
                    .matcher(Files.readString(path));
            StringBuilder out = new StringBuilder();
            while (rule.find()) {
                edited++;
                rule.appendReplacement(
                        out,
                        Matcher.quoteReplacement(
                                rule.group().replace("@strength(\"typical\")", "@strength(\"defining\")")));
            }
            rule.appendTail(out);
            Files.writeString(path, out.toString());
        }
        assertEquals(8, edited, "the staff's four roles, on both axes");
        Case start = withActors("municipality", "citizen");
        Plan shipped = new Planner(ArticleWalks.engine()).plan(start, Set.of(), false);
        assertTrue(
                shipped.questions().indexOf(Fact.MUNICIPAL_ROLE) >= 2,
                shipped.questions().toString());
        Plan plan = new Planner(new Engine(RuleBase.load(rules))).plan(start, Set.of(), false);
        assertTrue(
                plan.questions().subList(0, 3).contains(Fact.MUNICIPAL_ROLE),
                "a defining staff role is asked among the defining facts: " + plan.questions());
    }
}
