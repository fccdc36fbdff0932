package dk.samskab.report.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An unknown fact as the question a report asks ("Who carries the main responsibility?"), with the answers that
 * would change the result and what each would give.
 */
public record Question(String fact, String question, List<Answer> answers) {

    public Question {
        answers = List.copyOf(answers);
    }

    /**
     * One answer: the value (as a case file writes it, and in {@code words}), the type it gives and, where the
     * type stays, the axis positions it gives ({@code note}, empty when there is none to tell).
     */
    public record Answer(
            Object value, String words, String type, String typeName, Map<String, String> axes, String note) {

        public Answer {
            axes = Map.copyOf(axes);
        }

        /** "External actors → Undetermined", with the note after it. */
        public String line() {
            return words + " → " + typeName + (note.isEmpty() ? "" : " (" + note + ")");
        }
    }

    /** The answers on one line, e.g. "The municipality → Steered co-creation; External actors → …". */
    public String answerLine() {
        return answers.stream().map(Answer::line).collect(Collectors.joining("; "));
    }
}
