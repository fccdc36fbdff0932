package dk.samskab.interview;

import dk.samskab.engine.RuleFailure;
import dk.samskab.i18n.Lang;
import dk.samskab.loading.CaseFile;
import dk.samskab.model.Actor;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import dk.samskab.model.PerceivedType;
import dk.samskab.text.InputError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One case file walked through the interview as the page walks it: the file's actors entered, then each question
 * the page asks answered from the file's facts ("don't know" where the file leaves the fact out), the optional checks
 * included, until the page would show the end. What {@code samskab interview} prints, and what the browser test
 * holds the page to.
 */
public record Walk(String id, String type, List<Step> questions) {

    /** The fact the page asks as how the parties see the process. */
    public static final String PERCEPTIONS = "perceived_types";

    /** The answer written for "don't know". */
    public static final String DONT_KNOW = "dont-know";

    /**
     * One question asked: the fact, the answer given ({@link #DONT_KNOW}, or the value as a case file writes it),
     * the provisional type after it, whether the type was then settled, and whether the question was optional.
     */
    public record Step(String fact, Object answer, String type, boolean settled, boolean optional) {}

    public Walk {
        questions = List.copyOf(questions);
    }

    /** Walks {@code file} through {@code interviewer}'s questions, in {@code lang}. */
    public static Walk of(Interviewer interviewer, CaseFile file, Lang lang) throws InputError, RuleFailure {
        Case whole = file.facts();
        InterviewState state = InterviewState.empty(lang).withTitle(file.title());
        for (Actor actor : whole.getActors()) {
            state = state.withActor(actor.name(), actor.kind());
        }
        List<Step> steps = new ArrayList<>();
        Screen screen = interviewer.screen(state, null);
        for (int guard = 0; guard <= Fact.values().length + 1; guard++) {
            View view = screen.view();
            Object answer;
            boolean optional = false;
            String fact;
            if (view instanceof View.Question question) {
                Fact asked = question.fact();
                fact = asked.code();
                optional = screen.plan().isOptional(asked);
                answer = whole.isKnown(asked) ? whole.get(asked) : DONT_KNOW;
                state = state.withAnswer(
                        fact, whole.isKnown(asked) ? formValue(whole.get(asked)) : InterviewState.DONT_KNOW);
            } else if (view instanceof View.Perceptions) {
                fact = PERCEPTIONS;
                List<InterviewState.Perception> seen = new ArrayList<>();
                for (PerceivedType p : whole.getPerceivedTypes()) {
                    seen.add(new InterviewState.Perception(p.actor(), p.type()));
                }
                answer = seen.isEmpty() ? DONT_KNOW : whole.getPerceivedTypes();
                state = state.withPerceptions(seen);
            } else {
                return new Walk(file.id(), screen.explanation().type(), steps);
            }
            screen = interviewer.screen(state, null);
            steps.add(new Step(
                    fact, answer, screen.explanation().type(), screen.plan().settled(), optional));
        }
        throw new IllegalStateException(file.id() + ": the interview did not end");
    }

    /** A value as the page's form sends it: a list's entries joined by commas. */
    static String formValue(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(value);
    }

    /** How many questions were asked. */
    public int asked() {
        return questions.size();
    }
}
