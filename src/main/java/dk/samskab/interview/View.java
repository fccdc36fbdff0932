package dk.samskab.interview;

import dk.samskab.i18n.Message;
import dk.samskab.model.Fact;
import java.util.List;

/** What an interview screen shows: the actors, one question, how the parties see the process, or the end. */
public sealed interface View {

    /** Who takes part; the interview starts here. */
    record Actors() implements View {}

    /** One fact to answer; {@code again} when the user came back to change an earlier answer. */
    record Question(Fact fact, boolean again) implements View {}

    /** How each party sees the process: one question for all parties at once. */
    record Perceptions() implements View {}

    /** No question left whose answer could change the result. */
    record Done() implements View {}

    /** The view the fields {@code edit=FACT} or {@code step=actors|perceptions} ask for, or {@code null} for none. */
    static View asked(FormData fields) throws BadInput {
        String edit = fields.one("edit").orElse(null);
        String step = fields.one("step").orElse(null);
        if (edit != null && step != null) {
            throw new BadInput(Message.of("form.edit-and-step"));
        }
        if (edit != null) {
            return new Question(
                    Fact.byCode(edit)
                            .orElseThrow(() -> new BadInput(Message.of(
                                    "form.bad-edit",
                                    edit,
                                    String.join(
                                            ", ",
                                            List.of(Fact.values()).stream()
                                                    .map(Fact::code)
                                                    .toList())))),
                    true);
        }
        if (step == null) {
            return null;
        }
        return switch (step) {
            case "actors" -> new Actors();
            case "perceptions" -> new Perceptions();
            default -> throw new BadInput(Message.of("form.bad-step", step));
        };
    }

    /** The fields that ask for this view, to add to a state's address ("" for the view the state leads to). */
    static String fields(View view) {
        if (view instanceof Question q && q.again()) {
            return "edit=" + q.fact().code();
        }
        if (view instanceof Actors) {
            return "step=actors";
        }
        if (view instanceof Perceptions) {
            return "step=perceptions";
        }
        return "";
    }
}
