package dk.samskab.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.engine.Engine;
import dk.samskab.engine.Outcome;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseReader;
import dk.samskab.model.Actor;
import dk.samskab.model.Fact;
import dk.samskab.model.PerceivedType;
import dk.samskab.replay.Comparison;
import dk.samskab.text.InputError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interview's case file is a case file under the contract: the reader accepts it, every typed text reads back
 * exactly, nothing typed can change its structure, and its scenario replays to the result it was written with.
 */
class CaseYamlTest {

    private static final Engine ENGINE = new Engine(Project.rules());
    private static final List<String> AWKWARD = List.of(
            "Naboer: \"Åvej\" #3",
            "- leading dash",
            "true",
            "null",
            "{ curly }",
            "[square]",
            "  spaces  ",
            "back\\slash",
            "'single'",
            "*alias",
            "&anchor",
            "% percent",
            "@at",
            "`tick`",
            "emoji 🏠",
            "nbsp\u00a0here",
            "tab\there",
            "two\nlines");

    /** Texts a case file may not hold, so the interview may not take them either: control characters and YAML-only line breaks. */
    private static final List<String> REFUSED = List.of("bell\u0007", "ls\u2028ps");

    @TempDir
    Path temp;

    private static InterviewState lokalplan() {
        return InterviewState.empty(Lang.EN)
                .withTitle("Høring over lokalplan 12")
                .withActor("Plan og Byg", "municipality")
                .withActor("Grundejerforeningen", "association")
                .withActor("Naboer", "citizen-group")
                .withAnswer("problem_identified_by", "municipality")
                .withAnswer("initiative_from", "municipality")
                .withAnswer("goals_set_by", "municipality")
                .withAnswer("result_planned_in_advance", "true")
                .withAnswer("executor_decided_in_advance", "unknown")
                .withAnswer("hearing_on_finished_proposal", "true")
                .withAnswer("decision_mandate", "none")
                .withAnswer("partners_take_part_in", "consultation");
    }

    @Test
    void everyTypedTextReadsBackExactly() throws Exception {
        InterviewState state = InterviewState.empty(Lang.DA)
                .withTitle("Sag: \"Vores Rum\" # 2 — æøå")
                .withActor("Aarhus Kommune", "municipality");
        for (String name : AWKWARD) {
            state = state.withActor(name, "citizen-group");
        }
        state = state.withPerceptions(List.of(new InterviewState.Perception("emoji 🏠", "facilitating")));

        CaseFile read = InterviewCase.read(state).file();

        assertEquals(state.title(), read.title());
        assertEquals(
                state.actors().stream().map(a -> a.name().strip()).toList(),
                read.facts().getActors().stream().map(Actor::name).toList());
        assertEquals(
                List.of(new PerceivedType("emoji 🏠", "facilitating")),
                read.facts().getPerceivedTypes());
        assertTrue(read.id().matches("[a-z0-9][a-z0-9-]*"), read.id());
    }

    /** Issue 11: the id was written bare, and YAML reads a bare null as no value ("id" has no value). */
    @Test
    void anInterviewTitledNullInAnySpellingIsACaseWithTheIdNull() throws Exception {
        for (String title : List.of("null", "Null", "NULL", "null-", "~ null ~")) {
            InterviewState state = InterviewState.empty(Lang.EN)
                    .withTitle(title)
                    .withActor("Kommunen", "municipality")
                    .withActor("Naboer", "citizen-group");
            CaseFile read = InterviewCase.read(state).file();
            assertEquals("null", read.id(), title);
            assertEquals(title, read.title());
        }
    }

    @Test
    void aTypedTextWithAControlOrLineCharacterIsRefusedAsTheReaderRefusesIt() throws Exception {
        for (String name : REFUSED) {
            // The same name in a case file, written with YAML's escapes as an editor would have to.
            String escaped = name.replace("\u0007", "\\a").replace("\u2028", "\\L");
            Path file = temp.resolve("refused.yaml");
            java.nio.file.Files.writeString(
                    file,
                    "id: refused\ntitle: t\ncase:\n  actors:\n"
                            + "    - {name: Kommunen, kind: municipality}\n"
                            + "    - {name: \"" + escaped + "\", kind: citizen-group}\n");
            String readerSays = org.junit.jupiter.api.Assertions.assertThrows(
                            dk.samskab.text.InputError.class, () -> dk.samskab.loading.CaseReader.read(file), name)
                    .problem()
                    .key();
            InterviewState state = InterviewState.empty(Lang.EN)
                    .withTitle("t")
                    .withActor("Kommunen", "municipality")
                    .withActor(name, "citizen-group");
            dk.samskab.text.InputError refused = org.junit.jupiter.api.Assertions.assertThrows(
                    dk.samskab.text.InputError.class, () -> InterviewCase.read(state), name);
            assertEquals(readerSays, refused.problem().key(), name);
        }
    }

    @Test
    void everyKindOfAnswerIsWrittenAsTheReaderExpectsAndDontKnowStaysUnknown() throws Exception {
        InterviewCase checked = InterviewCase.read(
                lokalplan().withAnswer("municipal_contribution", "").withAnswer("volunteer_track", "false"));

        assertEquals(true, checked.facts().get(Fact.RESULT_PLANNED_IN_ADVANCE));
        assertEquals(false, checked.facts().get(Fact.VOLUNTEER_TRACK));
        assertEquals("none", checked.facts().get(Fact.DECISION_MANDATE));
        assertEquals(List.of("consultation"), checked.facts().get(Fact.PARTNERS_TAKE_PART_IN));
        assertEquals(List.of(), checked.facts().get(Fact.MUNICIPAL_CONTRIBUTION), "an empty list is known: none");
        assertFalse(checked.facts().isKnown(Fact.EXECUTOR_DECIDED_IN_ADVANCE));
        assertEquals(Set.of(Fact.EXECUTOR_DECIDED_IN_ADVANCE), checked.dontKnow());
        assertTrue(
                checked.yaml().contains("# Answered “don’t know” (left unknown): executor_decided_in_advance"),
                checked.yaml());
        assertEquals(Fact.PROBLEM_IDENTIFIED_BY, checked.asked().get(0));
    }

    @Test
    void aValueOutsideTheContractIsRefusedWithTheReadersOwnMessage() {
        InputError bad = assertThrows(
                InputError.class, () -> InterviewCase.read(lokalplan().withAnswer("decision_mandate", "sometimes")));
        assertEquals("case.unknown-value", bad.problem().key());
        assertEquals(
                "case.not-boolean",
                assertThrows(
                                InputError.class,
                                () -> InterviewCase.read(lokalplan().withAnswer("volunteer_track", "yes")))
                        .problem()
                        .key());
        assertEquals(
                "case.unknown-value",
                assertThrows(
                                InputError.class,
                                () -> InterviewCase.read(lokalplan().withActor("Marsboerne", "martians")))
                        .problem()
                        .key());
        assertEquals(
                "case.duplicate-actor",
                assertThrows(
                                InputError.class,
                                () -> InterviewCase.read(lokalplan().withActor("Naboer", "citizen")))
                        .problem()
                        .key());
        assertEquals(
                "case.unknown-fact",
                assertThrows(
                                InputError.class,
                                () -> InterviewCase.read(lokalplan().withAnswer("decison_mandate", "unknown")))
                        .problem()
                        .key());
    }

    @Test
    void nothingTypedCanAddAFactOrAKey() {
        String injected = "none\n  volunteer_track: true";
        assertEquals(
                "case.unknown-value",
                assertThrows(
                                InputError.class,
                                () -> InterviewCase.read(lokalplan().withAnswer("decision_mandate", injected)))
                        .problem()
                        .key());
        assertEquals(
                "case.unknown-fact",
                assertThrows(
                                InputError.class,
                                () -> InterviewCase.read(lokalplan().withAnswer("volunteer_track: true\n  x", "1")))
                        .problem()
                        .key());
        assertEquals(
                "case.unknown-value",
                assertThrows(
                                InputError.class,
                                () -> InterviewCase.read(lokalplan()
                                        .withAnswer("partners_take_part_in", "consultation], volunteer_track: [true")))
                        .problem()
                        .key());
    }

    @Test
    void aFactAnsweredTwiceIsRefused() {
        InterviewState twice = new InterviewState(
                Lang.EN,
                "",
                lokalplan().actors(),
                List.of(
                        new InterviewState.Answer("decision_mandate", "none"),
                        new InterviewState.Answer("decision_mandate", "unknown")),
                List.of(),
                false,
                false,
                null);
        assertEquals(
                "form.answered-twice",
                assertThrows(InputError.class, () -> InterviewCase.read(twice))
                        .problem()
                        .key());
    }

    @Test
    void theScenarioAsksForExactlyTodaysResultAndReplaysToIt() throws Exception {
        InterviewCase checked = InterviewCase.read(lokalplan());
        Outcome outcome = ENGINE.classify(checked.facts());
        String scenario = CaseYaml.scenario(checked.yaml(), outcome, MessageBundle.of(Lang.EN));

        CaseFile read = CaseReader.parse(Path.of("scenario.yaml"), scenario.getBytes(StandardCharsets.UTF_8));
        assertEquals(checked.facts(), read.facts(), "the same facts");
        assertEquals(List.of(), Comparison.compare(read.expect(), ENGINE.classify(read.facts())));
        assertEquals("steered", read.expect().type());
        assertEquals(Set.of(), read.expect().citizenRoles());
        assertEquals(
                10,
                read.expect().warnings().size() + read.expect().absentWarnings().size(),
                "every warning is named: raised or absent");

        Path folder = Files.createDirectories(temp.resolve("scenarios"));
        Files.writeString(folder.resolve(read.id() + ".yaml"), scenario);
        Run replay = Run.of(
                "replay", folder.toString(), "--rules", Project.rulesFolder().toString(), "--no-cache");
        assertEquals(0, replay.status(), replay.out() + replay.err());
        assertTrue(replay.out().contains("1 passed, 0 failed"), replay.out());
    }

    @Test
    void theIdIsMadeFromTheNameWithinTheContractsPattern() {
        assertEquals("hoering-over-lokalplan-12", CaseYaml.id("Høring over lokalplan 12"));
        assertEquals("vores-rum", CaseYaml.id("’Vores Rum’"));
        assertEquals("cafe-aeble", CaseYaml.id("Café Æble"));
        assertEquals("interview", CaseYaml.id("!!!"));
        assertEquals("x".repeat(60), CaseYaml.id("x".repeat(200)));
        assertEquals("a-b", CaseYaml.id("a" + " ".repeat(3) + "b"));
    }
}
