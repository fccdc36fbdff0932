package dk.samskab.report.model;

/**
 * A fact of the case in words — the question and its answer ("Is the result planned in advance?" "Yes") — with
 * the contract's code and value beside them ({@code coded}: "result_planned_in_advance: true"). {@code value} is
 * the value as the case file writes it ({@code null} when unknown).
 */
public record FactWords(String code, Object value, String question, String answer, String coded) {

    /** The question and its answer as one phrase. */
    public String words() {
        return question + " " + answer;
    }
}
