package dk.samskab.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samskab.i18n.Lang;
import dk.samskab.model.Fact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each form of the interview does to its state, and what it refuses. */
class SubmissionTest {

    private static final InterviewState HEARING = InterviewState.empty(Lang.EN)
            .withActor("Plan og Byg", "municipality")
            .withActor("Naboer", "citizen-group");

    private static Submission.Result send(InterviewState state, String... fields) throws BadInput {
        List<FormData.Field> form = new ArrayList<>();
        form.add(new FormData.Field("state", state.query()));
        for (int i = 0; i < fields.length; i += 2) {
            form.add(new FormData.Field(fields[i], fields[i + 1]));
        }
        return Submission.of(new FormData(form), Lang.EN).apply();
    }

    @Test
    void anAnswerIsAddedAndTheInterviewGoesWhereverTheStateLeads() throws Exception {
        Submission.Moved moved =
                (Submission.Moved) send(HEARING, "do", "answer", "fact", "decision_mandate", "answer", "none");

        assertEquals(
                List.of(new InterviewState.Answer("decision_mandate", "none")),
                moved.state().answers());
        assertNull(moved.view());
    }

    @Test
    void ticksAreJoinedAndNoTickIsTheAnswerNone() throws Exception {
        Submission.Moved ticked = (Submission.Moved) send(
                HEARING,
                "do",
                "answer",
                "fact",
                "partners_take_part_in",
                "answer",
                "consultation",
                "answer",
                "execution");
        Submission.Moved none = (Submission.Moved) send(HEARING, "do", "answer", "fact", "municipal_contribution");

        assertEquals("consultation,execution", ticked.state().answers().get(0).value());
        assertEquals("", none.state().answers().get(0).value());
        assertEquals(List.of(), InterviewCase.read(none.state()).facts().get(Fact.MUNICIPAL_CONTRIBUTION));
    }

    @Test
    void noChoiceIsRefusedOnTheSameQuestionAndDontKnowIsAnAnswer() throws Exception {
        Submission.Refused refused = (Submission.Refused) send(HEARING, "do", "answer", "fact", "decision_mandate");
        assertEquals(new View.Question(Fact.DECISION_MANDATE, false), refused.view());
        assertEquals("interview.choose", refused.problem().key());

        Submission.Moved dontKnow = (Submission.Moved) send(HEARING, "do", "dont-know", "fact", "decision_mandate");
        assertEquals(InterviewState.DONT_KNOW, dontKnow.state().answers().get(0).value());
    }

    @Test
    void actorsAreAddedAndRemovedOnTheActorsScreen() throws Exception {
        Submission.Moved added = (Submission.Moved) send(
                HEARING,
                "do",
                "add-actor",
                "title",
                "  Høring  ",
                "actor-name",
                "  Grundejerforeningen ",
                "actor-kind",
                "association");
        assertEquals("Høring", added.state().title());
        assertEquals(
                new InterviewState.ActorEntry("Grundejerforeningen", "association"),
                added.state().actors().get(2));
        assertInstanceOf(View.Actors.class, added.view());

        Submission.Moved removed = (Submission.Moved) send(added.state(), "do", "remove-actor", "actor", "0");
        assertEquals("Naboer", removed.state().actors().get(0).name());
        assertEquals(
                "form.bad-actor-index",
                assertThrows(BadInput.class, () -> send(HEARING, "do", "remove-actor", "actor", "2"))
                        .problem()
                        .key());
    }

    @Test
    void theQuestionsStartOnlyWithAnActor() throws Exception {
        Submission.Refused refused = assertInstanceOf(
                Submission.Refused.class, send(InterviewState.empty(Lang.DA), "do", "start", "title", "Lokalplan"));
        assertEquals("interview.need-actor", refused.problem().key());
        assertInstanceOf(View.Actors.class, refused.view());
        Submission.Moved moved =
                assertInstanceOf(Submission.Moved.class, send(HEARING, "do", "start", "title", "Lokalplan"));
        assertEquals("Lokalplan", moved.state().title());
        assertNull(moved.view(), "the questions go where the state leads");
    }

    @Test
    void howThePartiesSeeItIsKeptPerActorAndDontKnowLeavesItOut() throws Exception {
        Submission.Moved seen =
                (Submission.Moved) send(HEARING, "do", "perceptions", "seen.0", "steered", "seen.1", "unknown");

        assertEquals(
                List.of(new InterviewState.Perception("Plan og Byg", "steered")),
                seen.state().perceptions());
        assertEquals(true, seen.state().perceptionsAsked());
        assertEquals(
                "form.bad-type",
                assertThrows(BadInput.class, () -> send(HEARING, "do", "perceptions", "seen.0", "collaboration"))
                        .problem()
                        .key());
    }

    @Test
    void aFormWithoutAnActionOrWithAnUnknownOneIsRefused() {
        assertEquals(
                "form.no-action",
                assertThrows(BadInput.class, () -> send(HEARING)).problem().key());
        assertEquals(
                "form.bad-action",
                assertThrows(BadInput.class, () -> send(HEARING, "do", "upload-rules"))
                        .problem()
                        .key());
        assertEquals(
                "form.field-twice",
                assertThrows(
                                BadInput.class,
                                () -> send(
                                        HEARING,
                                        "do",
                                        "answer",
                                        "fact",
                                        "decision_mandate",
                                        "answer",
                                        "none",
                                        "answer",
                                        "formal"))
                        .problem()
                        .key());
    }
}
