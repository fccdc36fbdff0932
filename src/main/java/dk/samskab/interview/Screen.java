package dk.samskab.interview;

import dk.samskab.explain.Explanation;
import dk.samskab.i18n.Message;
import java.util.List;

/**
 * One screen of the interview, worked out and ready to render: the state, the checked case and its explained
 * result (both {@code null} until an actor is named), what is left to ask and whether the type is settled ({@link
 * Plan}, {@code null} until an actor is named), what to show, and a problem with the last form sent ({@code typed}
 * holds what the user typed, to fill in again).
 */
public record Screen(
        InterviewState state,
        InterviewCase checked,
        Explanation explanation,
        Plan plan,
        View view,
        Message problem,
        FormData typed) {

    public Screen {
        typed = typed == null ? new FormData(List.of()) : typed;
    }

    /** The same screen with a problem to show. */
    public Screen refused(Message why, FormData sent) {
        return new Screen(state, checked, explanation, plan, view, why, sent);
    }
}
