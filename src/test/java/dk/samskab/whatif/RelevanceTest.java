package dk.samskab.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.EditedRules;
import dk.samskab.Project;
import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import dk.samskab.model.Actor;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Which questions still matter is the rules' answer, not a list: what the interview asks and when it stops. */
class RelevanceTest {

    private static final Relevance RELEVANCE = new Relevance(new Engine(Project.rules()));
    private static final List<Actor> MUNICIPALITY_AND_CITIZEN =
            List.of(new Actor("Kommunen", "municipality"), new Actor("Borgerne", "citizen-group"));

    @TempDir
    Path temp;

    @Test
    void atTheStartEveryFactThatCouldPointToAnAxisMattersAndOnlySafeguardsDoNot() throws Exception {
        Case start = new Case(MUNICIPALITY_AND_CITIZEN, Map.of(), List.of());

        List<Fact> matter = RELEVANCE.factsThatMatter(start, Set.of());

        List<Fact> expected = new ArrayList<>(List.of(Fact.values()));
        expected.remove(Fact.SAFEGUARD_PRINCIPLES);
        assertEquals(expected, matter, "in the contract's order; safeguards matter only once decoupling is possible");
    }

    @Test
    void collaborationBetweenPublicActorsLeavesNoFactToAsk() throws Exception {
        Case departments = new Case(
                List.of(new Actor("Teknik og Miljø", "municipality"), new Actor("Regionen", "region")),
                Map.of(),
                List.of());

        assertEquals(List.of(), RELEVANCE.factsThatMatter(departments, Set.of()));
        assertEquals(Optional.empty(), RELEVANCE.nextQuestion(departments, Set.of()));
    }

    @Test
    void aFactAnsweredOrLeftAsDontKnowIsNeverOfferedAgain() throws Exception {
        Case some = new Case(MUNICIPALITY_AND_CITIZEN, Map.of(Fact.PROBLEM_IDENTIFIED_BY, "municipality"), List.of());

        List<Fact> matter = RELEVANCE.factsThatMatter(some, Set.of(Fact.INITIATIVE_FROM));

        assertFalse(matter.contains(Fact.PROBLEM_IDENTIFIED_BY), "answered");
        assertFalse(matter.contains(Fact.INITIATIVE_FROM), "don't know");
        assertEquals(Fact.GOALS_SET_BY, matter.get(0), "the next question in the contract's order");
    }

    @Test
    void everyFactThatMattersHasAnAnswerThatChangesTheResultAloneOrWithOneOtherOpenFact() throws Exception {
        Case hearing = facts("article/lokalplan-hoering.yaml");
        Case half = new Case(
                hearing.getActors(),
                Map.of(Fact.RESULT_PLANNED_IN_ADVANCE, true, Fact.HEARING_ON_FINISHED_PROPOSAL, true),
                List.of());
        Relevance.Result now = RELEVANCE.resultOf(half);
        List<Fact> open = Stream.of(Fact.values()).filter(f -> !half.isKnown(f)).toList();
        List<Fact> matter = RELEVANCE.factsThatMatter(half, Set.of());
        assertFalse(matter.isEmpty(), "a half-described hearing leaves facts that matter");

        for (Fact fact : matter) {
            boolean changes = false;
            for (Object answer : Relevance.answers(fact, true)) {
                changes |= !RELEVANCE.resultOf(half.with(fact, answer)).equals(now);
                for (Fact other : open) {
                    for (Object second : other == fact ? List.of() : Relevance.answers(other, false)) {
                        changes |= !RELEVANCE
                                .resultOf(half.with(fact, answer).with(other, second))
                                .equals(RELEVANCE.resultOf(half.with(other, second)));
                    }
                }
            }
            assertTrue(changes, fact + " matters, so some answer to it must change the result");
        }
    }

    @Test
    void decouplingNeedsTwoAnswersSoBothAreAskedThoughNeitherChangesAFacilitatingCaseAlone() throws Exception {
        Case voresRum = facts("article/vores-rum.yaml");
        Relevance.Result now = RELEVANCE.resultOf(voresRum);
        for (Object answer : Relevance.answers(Fact.PARTNERS_TO_BECOME_SELF_RUNNING, true)) {
            assertEquals(now, RELEVANCE.resultOf(voresRum.with(Fact.PARTNERS_TO_BECOME_SELF_RUNNING, answer)));
        }
        for (Object answer : Relevance.answers(Fact.SAFEGUARD_PRINCIPLES, true)) {
            assertEquals(now, RELEVANCE.resultOf(voresRum.with(Fact.SAFEGUARD_PRINCIPLES, answer)));
        }

        List<Fact> matter = RELEVANCE.factsThatMatter(voresRum, Set.of());

        assertTrue(
                matter.containsAll(List.of(Fact.PARTNERS_TO_BECOME_SELF_RUNNING, Fact.SAFEGUARD_PRINCIPLES)),
                "both, since together they raise decoupling-risk: " + matter);
        Case selfRunning = voresRum.with(Fact.PARTNERS_TO_BECOME_SELF_RUNNING, true);
        assertTrue(RELEVANCE.factsThatMatter(selfRunning, Set.of()).contains(Fact.SAFEGUARD_PRINCIPLES));
        assertTrue(RELEVANCE
                .resultOf(selfRunning.with(Fact.SAFEGUARD_PRINCIPLES, List.of()))
                .warnings()
                .contains("decoupling-risk"));
    }

    @Test
    void whetherTheCitizensWishesDifferMattersBecauseARuleReadsItAndNoLongerOnceThatRuleIsGone() throws Exception {
        Case nielsen = facts("article/hr-nielsen-albertslund.yaml").with(Fact.CITIZEN_WISHES_DIFFER_FROM_GOALS, null);
        assertTrue(RELEVANCE.factsThatMatter(nielsen, Set.of()).contains(Fact.CITIZEN_WISHES_DIFFER_FROM_GOALS));

        Path rules = withoutRule(
                temp.resolve("rules"), "warnings.drl", "rule \"Goals the citizen does not share drive the process\"");
        Relevance edited = new Relevance(new Engine(RuleBase.load(rules)));

        assertFalse(
                edited.factsThatMatter(nielsen, Set.of()).contains(Fact.CITIZEN_WISHES_DIFFER_FROM_GOALS),
                "no rule reads it any more, so no answer to it can change anything");
    }

    @Test
    void howThePartiesSeeTheProcessMattersUntilItIsAsked() throws Exception {
        Case hearing = facts("article/lokalplan-hoering.yaml");

        assertTrue(RELEVANCE.perceptionsMatter(hearing), "a party seeing another type raises a warning");
        assertFalse(
                RELEVANCE.perceptionsMatter(new Case(
                        hearing.getActors(),
                        hearing.knownFacts(),
                        List.of(new dk.samskab.model.PerceivedType("Naboer", "steered")))),
                "already told");
    }

    /**
     * The interview's promise, over every shipped scenario: asking only what matters — answering from the file, and
     * "don't know" where the file is silent — ends with exactly the result of the whole file.
     */
    @TestFactory
    Stream<DynamicTest> anInterviewThatAsksOnlyWhatMattersEndsWithTheWholeFilesResult() throws Exception {
        return CaseFiles.below(Project.scenarios()).stream()
                .map(file -> DynamicTest.dynamicTest(
                        Project.scenarios().relativize(file).toString(), () -> {
                            CaseFile scenario = CaseReader.read(file);
                            Case whole = scenario.facts();
                            Case asked = new Case(whole.getActors(), Map.of(), List.of());
                            Set<Fact> dontKnow = EnumSet.noneOf(Fact.class);
                            int questions = 0;
                            for (Optional<Fact> next = RELEVANCE.nextQuestion(asked, dontKnow);
                                    next.isPresent();
                                    next = RELEVANCE.nextQuestion(asked, dontKnow)) {
                                Fact fact = next.get();
                                questions++;
                                if (whole.isKnown(fact)) {
                                    asked = asked.with(fact, whole.get(fact));
                                } else {
                                    dontKnow.add(fact);
                                }
                                assertTrue(questions <= Fact.values().length, "each fact is asked at most once");
                            }
                            if (RELEVANCE.perceptionsMatter(asked)) {
                                asked = new Case(asked.getActors(), asked.knownFacts(), whole.getPerceivedTypes());
                            }
                            assertEquals(
                                    RELEVANCE.resultOf(whole),
                                    RELEVANCE.resultOf(asked),
                                    scenario.id() + " after " + questions + " questions");
                        }));
    }

    private static Case facts(String scenario) throws Exception {
        return CaseReader.read(Project.scenarios().resolve(scenario)).facts();
    }

    /** A copy of the shipped rules with one rule (from its first line to its {@code end}) taken out. */
    private static Path withoutRule(Path folder, String file, String firstLine) throws Exception {
        EditedRules.copyOfShipped(folder);
        String text = Files.readString(folder.resolve(file));
        int start = text.indexOf(firstLine);
        int end = text.indexOf("\nend\n", start) + "\nend\n".length();
        assertTrue(start >= 0 && end > start, "the rule to take out is in " + file);
        String without = text.substring(0, start) + text.substring(end);
        assertNotEquals(text, without);
        Files.writeString(folder.resolve(file), without);
        return folder;
    }
}
