package dk.samskab.interview;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.model.Fact;
import dk.samskab.model.PerceivedType;
import dk.samskab.report.CodeWords;
import java.util.List;
import java.util.stream.Collectors;

/** {@code samskab interview}'s text: per file a line with the result, then one line per question asked. */
public final class WalkText {

    private WalkText() {}

    public static String render(List<Walk> walks, Lang lang) {
        MessageBundle messages = MessageBundle.of(lang);
        CodeWords words = new CodeWords(lang);
        AnswerWords answers = new AnswerWords(lang);
        StringBuilder text = new StringBuilder();
        for (Walk walk : walks) {
            long optional =
                    walk.questions().stream().filter(Walk.Step::optional).count();
            text.append(messages.text("walk.heading", walk.id(), walk.asked(), optional, words.type(walk.type())))
                    .append('\n');
            int n = 0;
            for (Walk.Step step : walk.questions()) {
                n++;
                String question;
                String answer;
                if (step.fact().equals(Walk.PERCEPTIONS)) {
                    question = messages.text("interview.perceptions.heading");
                    answer = step.answer() instanceof List<?> seen
                            ? seen.stream()
                                    .map(p ->
                                            ((PerceivedType) p).actor() + ": " + words.type(((PerceivedType) p).type()))
                                    .collect(Collectors.joining("; "))
                            : messages.text("interview.dont-know");
                } else {
                    Fact fact = Fact.byCode(step.fact()).orElseThrow();
                    question = answers.question(fact);
                    answer = answers.answer(
                            fact,
                            Walk.DONT_KNOW.equals(step.answer())
                                    ? InterviewState.DONT_KNOW
                                    : Walk.formValue(step.answer()));
                }
                text.append(messages.text(
                                "walk.line",
                                n,
                                question,
                                answer,
                                words.type(step.type()),
                                messages.text(step.settled() ? "walk.settled" : "walk.provisional"),
                                step.optional() ? messages.text("walk.optional") : "",
                                step.fact()))
                        .append('\n');
            }
        }
        return text.toString();
    }
}
