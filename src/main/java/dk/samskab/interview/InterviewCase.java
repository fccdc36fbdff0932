package dk.samskab.interview;

import dk.samskab.i18n.Message;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseReader;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import dk.samskab.text.InputError;
import dk.samskab.text.Suggestions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An interview state checked as a case file: the state is written as YAML ({@link CaseYaml}) and read by
 * {@link CaseReader}, so the interview accepts exactly what a case file may say and refuses the rest with the
 * reader's own message. Also known: the facts answered "don't know" and the order the questions were answered in.
 */
public record InterviewCase(InterviewState state, String yaml, CaseFile file, Set<Fact> dontKnow, List<Fact> asked) {

    public InterviewCase {
        dontKnow = Set.copyOf(dontKnow);
        asked = List.copyOf(asked);
    }

    /** Checks a state that names at least one actor. */
    public static InterviewCase read(InterviewState state) throws InputError {
        String yaml = CaseYaml.caseFile(state);
        Path path = Path.of(CaseYaml.id(CaseYaml.title(state)) + ".yaml");
        Set<String> answered = new HashSet<>();
        for (InterviewState.Answer answer : state.answers()) {
            if (!answered.add(answer.fact())) {
                throw new InputError(path, null, Message.of("form.answered-twice", answer.fact()));
            }
            if (answer.dontKnow() && Fact.byCode(answer.fact()).isEmpty()) {
                List<String> facts = Fact.codes();
                throw new InputError(
                        path,
                        null,
                        Message.of("case.unknown-fact", answer.fact(), Suggestions.hint(answer.fact(), facts)));
            }
        }
        CaseFile file = CaseReader.parse(path, yaml.getBytes(StandardCharsets.UTF_8));
        Set<Fact> dontKnow = EnumSet.noneOf(Fact.class);
        List<Fact> asked = new ArrayList<>();
        for (InterviewState.Answer answer : state.answers()) {
            Fact fact = Fact.byCode(answer.fact()).orElseThrow();
            asked.add(fact);
            if (answer.dontKnow()) {
                dontKnow.add(fact);
            }
        }
        return new InterviewCase(state, yaml, file, dontKnow, asked);
    }

    public Case facts() {
        return file.facts();
    }

    /** The raw answer to {@code fact} as the state holds it, or {@code null} when it was not asked. */
    public String answer(Fact fact) {
        return state.answers().stream()
                .filter(a -> a.fact().equals(fact.code()))
                .map(InterviewState.Answer::value)
                .findFirst()
                .orElse(null);
    }
}
