package dk.samskab.interview;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.model.Fact;
import java.util.List;
import java.util.stream.Collectors;

/** The interview's questions and answers in words, in one language: what the page and {@code samskab interview} say. */
public final class AnswerWords {

    private final MessageBundle messages;

    public AnswerWords(Lang lang) {
        this.messages = MessageBundle.of(lang);
    }

    /** The question that asks {@code fact}. */
    public String question(Fact fact) {
        return messages.text("question." + fact.code());
    }

    /** One allowed value in words, e.g. "Yes" or "The municipality". */
    public String value(Fact fact, String value) {
        if (fact.kind() == Fact.Kind.BOOLEAN) {
            return messages.text(value.equals("true") ? "interview.yes" : "interview.no");
        }
        return messages.text("interview.value." + fact.code() + "." + value);
    }

    /**
     * An answer as the interview holds it in words: "Don't know" for {@link InterviewState#DONT_KNOW} or none, a
     * list's entries joined, or "none of these" for an empty list.
     */
    public String answer(Fact fact, String answer) {
        if (answer == null || InterviewState.DONT_KNOW.equals(answer)) {
            return messages.text("interview.dont-know");
        }
        if (fact.kind() == Fact.Kind.LIST) {
            return answer.isEmpty()
                    ? messages.text("interview.none")
                    : List.of(answer.split(",")).stream()
                            .map(v -> value(fact, v))
                            .collect(Collectors.joining(", "));
        }
        return value(fact, answer);
    }

    /** A kind of actor in words. */
    public String kind(String kind) {
        return messages.name("interview.kind", kind);
    }
}
