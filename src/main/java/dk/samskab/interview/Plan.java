package dk.samskab.interview;

import dk.samskab.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * What is left to ask, worked out from the answers so far ({@link Planner}): the questions still to ask, in the order
 * to ask them (those that only check the facts' consistency last, and {@code optional}); whether to ask how the
 * parties see the process, after the questions that are not optional; whether the type is settled (no answer to an
 * open question can change it); the open questions that could change it; and the "don't know" answers that leave
 * the type open (an answer to them could change it).
 */
public record Plan(
        List<Fact> questions,
        Set<Fact> optional,
        boolean perceptions,
        boolean settled,
        List<Fact> couldChange,
        int open,
        List<Fact> leftOpenBy) {

    public Plan {
        questions = List.copyOf(questions);
        optional = Set.copyOf(optional);
        couldChange = List.copyOf(couldChange);
        leftOpenBy = List.copyOf(leftOpenBy);
    }

    /** The questions not marked optional, in order. */
    public List<Fact> required() {
        return questions.stream().filter(f -> !optional.contains(f)).toList();
    }

    /** The optional questions (checks of the facts' consistency), in order. */
    public List<Fact> checks() {
        return questions.stream().filter(optional::contains).toList();
    }

    public boolean isOptional(Fact fact) {
        return optional.contains(fact);
    }
}
