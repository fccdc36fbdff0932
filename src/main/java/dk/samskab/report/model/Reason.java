package dk.samskab.report.model;

import java.util.List;

/**
 * Why a conclusion holds, in words: the sentence of the rule that drew it, the rule itself ({@code null} when
 * the rule is not known) and the facts of the case its conditions read.
 */
public record Reason(String text, Rule rule, List<FactWords> facts) {

    public Reason {
        facts = List.copyOf(facts);
    }

    /** The facts in words, one after another ("Who sets the goals? The municipality; …"), or {@code none}. */
    public String factWords(String none) {
        return facts.isEmpty()
                ? none
                : String.join("; ", facts.stream().map(FactWords::words).toList());
    }

    /** The rule's reference line, or an empty text when the rule is not known. */
    public String reference() {
        return rule == null ? "" : rule.reference();
    }

    /**
     * The line for rule authors: the rule's reference and the facts it read as the case file writes them
     * ("rule: predictability.drl:14 [Styret samskabelse] · result_planned_in_advance: true").
     */
    public String forAuthors() {
        return String.join(" · ", forAuthorsParts());
    }

    /** The parts of {@link #forAuthors()}: the rule's reference, then each fact in code. */
    public List<String> forAuthorsParts() {
        List<String> parts = new java.util.ArrayList<>();
        if (rule != null) {
            parts.add(rule.reference());
        }
        facts.forEach(f -> parts.add(f.coded()));
        return parts;
    }
}
