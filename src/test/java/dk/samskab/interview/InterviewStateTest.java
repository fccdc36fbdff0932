package dk.samskab.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.i18n.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole interview travels in its address: written and read back, it is the same interview. */
class InterviewStateTest {

    private static final InterviewState HEARING = InterviewState.empty(Lang.DA)
            .withTitle("Høring: lokalplan 12")
            .withActor("Plan og Byg", "municipality")
            .withActor("Naboer: Åvej & Co.", "citizen-group")
            .withAnswer("result_planned_in_advance", "true")
            .withAnswer("initiative_from", InterviewState.DONT_KNOW)
            .withAnswer("partners_take_part_in", "consultation,execution")
            .withPerceptions(List.of(new InterviewState.Perception("Naboer: Åvej & Co.", "equal")));

    @Test
    void theAddressReadsBackAsTheSameInterview() throws Exception {
        InterviewState read = InterviewState.from(FormData.parse(HEARING.query()), Lang.EN);

        assertEquals(HEARING, read);
        assertTrue(HEARING.query().startsWith("lang=da&title=H%C3%B8ring"), HEARING.query());
    }

    @Test
    void answersKeepTheOrderTheyWereGivenInAndAChangedAnswerKeepsItsPlace() {
        InterviewState changed = HEARING.withAnswer("result_planned_in_advance", "false");

        assertEquals(
                List.of("result_planned_in_advance", "initiative_from", "partners_take_part_in"),
                changed.answers().stream().map(InterviewState.Answer::fact).toList());
        assertEquals("false", changed.answers().get(0).value());
    }

    @Test
    void removingAnActorForgetsHowThatActorSawTheProcess() {
        InterviewState without = HEARING.withoutActor(1);

        assertEquals(List.of(new InterviewState.ActorEntry("Plan og Byg", "municipality")), without.actors());
        assertEquals(List.of(), without.perceptions());
        assertTrue(without.perceptionsAsked());
    }

    @Test
    void fieldsThatChooseTheScreenAreNotAnswers() throws Exception {
        InterviewState read = InterviewState.from(FormData.parse(HEARING.query() + "&edit=initiative_from"), Lang.EN);
        assertEquals(HEARING, read);
    }

    @Test
    void anUnknownLanguageIsRefused() {
        assertEquals(
                "form.bad-lang",
                assertThrows(BadInput.class, () -> InterviewState.from(FormData.parse("lang=de"), Lang.EN))
                        .problem()
                        .key());
    }
}
