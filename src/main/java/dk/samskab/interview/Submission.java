package dk.samskab.interview;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.Message;
import dk.samskab.model.Codes;
import dk.samskab.model.Fact;
import java.util.ArrayList;
import java.util.List;

/**
 * A form the user sent from a screen: the interview's state as it was (the hidden field {@code state}), what they
 * did ({@code do}: add or remove an actor, start, answer, "don't know", skip the optional checks, or say how the
 * parties see the process) and what they filled in. {@link #apply()} gives the state it leads to; a form left incomplete
 * (no answer chosen) is {@link Refused} with the reason, to show on the same screen.
 */
public record Submission(InterviewState state, String action, FormData form) {

    /** What a submission leads to: a new state and the view to show, or the same screen with a problem. */
    public sealed interface Result {}

    /** The new state; {@code view} is {@code null} for wherever the state leads (the next question or the end). */
    public record Moved(InterviewState state, View view) implements Result {}

    /** The same screen again, with what is missing. */
    public record Refused(View view, Message problem) implements Result {}

    /** Reads a submitted form. */
    public static Submission of(FormData form, Lang lang) throws BadInput {
        String action = form.one("do").orElseThrow(() -> new BadInput(Message.of("form.no-action")));
        InterviewState state =
                InterviewState.from(FormData.parse(form.one("state").orElse("")), lang);
        return new Submission(state, action, form);
    }

    /** The view the form was sent from, to show again when the submission is refused. */
    public View from() throws BadInput {
        return switch (action) {
            case "add-actor", "remove-actor", "start" -> new View.Actors();
            case "answer", "dont-know", "skip-checks" -> {
                Fact fact = fact();
                yield new View.Question(
                        fact, state.answers().stream().anyMatch(a -> a.fact().equals(fact.code())));
            }
            case "perceptions", "perceptions-dont-know" -> new View.Perceptions();
            default -> throw new BadInput(Message.of("form.bad-action", action));
        };
    }

    public Result apply() throws BadInput {
        return switch (action) {
            case "add-actor" ->
                text("actor-name").isBlank()
                        ? new Refused(new View.Actors(), Message.of("interview.need-actor-name"))
                        : new Moved(
                                state.withTitle(text("title")).withActor(text("actor-name"), text("actor-kind")),
                                new View.Actors());
            case "remove-actor" ->
                new Moved(state.withTitle(text("title")).withoutActor(actorIndex()), new View.Actors());
            case "start" ->
                start(
                        text("actor-name").isBlank()
                                ? state.withTitle(text("title"))
                                : state.withTitle(text("title")).withActor(text("actor-name"), text("actor-kind")));
            case "answer" -> answer();
            case "dont-know" -> new Moved(state.withAnswer(fact().code(), InterviewState.DONT_KNOW), null);
            case "skip-checks" -> new Moved(state.withChecksSkipped(), null);
            case "perceptions" -> new Moved(state.withPerceptions(perceptions()), null);
            case "perceptions-dont-know" -> new Moved(state.withPerceptions(List.of()), null);
            default -> throw new BadInput(Message.of("form.bad-action", action));
        };
    }

    private static Result start(InterviewState titled) {
        return titled.actors().isEmpty()
                ? new Refused(new View.Actors(), Message.of("interview.need-actor"))
                : new Moved(titled, null);
    }

    private Result answer() throws BadInput {
        Fact fact = fact();
        List<String> chosen = form.all("answer");
        if (fact.kind() == Fact.Kind.LIST) {
            return new Moved(state.withAnswer(fact.code(), String.join(",", chosen)), null);
        }
        if (chosen.isEmpty()) {
            return new Refused(from(), Message.of("interview.choose"));
        }
        return new Moved(state.withAnswer(fact.code(), form.one("answer").orElseThrow()), null);
    }

    private Fact fact() throws BadInput {
        String code = form.one("fact").orElseThrow(() -> new BadInput(Message.of("form.missing-field", "fact")));
        return Fact.byCode(code)
                .orElseThrow(() -> new BadInput(Message.of(
                        "form.bad-edit",
                        code,
                        String.join(
                                ", ",
                                List.of(Fact.values()).stream().map(Fact::code).toList()))));
    }

    private String text(String field) throws BadInput {
        return form.one(field).orElse(field.equals("title") ? state.title() : "");
    }

    private int actorIndex() throws BadInput {
        String index = form.one("actor").orElse("");
        try {
            int at = Integer.parseInt(index);
            if (at >= 0 && at < state.actors().size()) {
                return at;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadInput(Message.of("form.bad-actor-index", index));
    }

    /** One {@code seen.N} field per actor: a type, or "unknown" for don't know. */
    private List<InterviewState.Perception> perceptions() throws BadInput {
        List<InterviewState.Perception> seen = new ArrayList<>();
        for (int i = 0; i < state.actors().size(); i++) {
            String type = form.one("seen." + i).orElse(InterviewState.DONT_KNOW);
            if (!type.equals(InterviewState.DONT_KNOW)) {
                if (!Codes.CO_CREATION_TYPES.contains(type)) {
                    throw new BadInput(Message.of("form.bad-type", type, String.join(", ", Codes.CO_CREATION_TYPES)));
                }
                seen.add(new InterviewState.Perception(state.actors().get(i).name(), type));
            }
        }
        return seen;
    }
}
