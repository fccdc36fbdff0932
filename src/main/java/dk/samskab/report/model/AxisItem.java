package dk.samskab.report.model;

import java.util.List;
import java.util.Map;

/**
 * One axis as the rules placed the case on it: the position (code and words; {@code null} when the rules did not
 * weigh it), how it was settled in words ({@code tally}, "decided by “Is the result planned in advance? Yes”
 * (defining); 2 typical traits agree; weight 9 to 0") and as counts per end, its {@code state} ({@code settled}, {@code undetermined}) and
 * the rules' weight at each end ({@code weights}, null when not weighed), every
 * piece of evidence (for the position first), and the rule that settled it. {@code summary} is the axis with its
 * position and balance: "Predictability: predictable (3 for, 0 against)". {@code evidence} is in the order of the
 * rules; {@link #ordered()} puts the evidence for the position first, as the reports show it.
 */
public record AxisItem(
        String code,
        String name,
        String position,
        String positionName,
        boolean settled,
        String tally,
        Map<String, Integer> counts,
        List<Evidence> evidence,
        Reason settledBy,
        String summary,
        String state,
        Map<String, Integer> weights) {

    public AxisItem {
        counts = Map.copyOf(counts);
        evidence = List.copyOf(evidence);
        weights =
                weights == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
    }

    /** The evidence for the position first, then against it, each in the order of the rules. */
    public List<Evidence> ordered() {
        return evidence.stream()
                .sorted(java.util.Comparator.comparing(e -> !e.pole().equals(position)))
                .toList();
    }

    /**
     * One piece of evidence: the end it points to (code, and words with its strength: "predictable (typical)"),
     * whether it is {@code for} or {@code against} the position ({@code open} on an unsettled axis, or when it holds
     * only in an unpredictable process and so was not counted), why, and its strength's code.
     */
    public record Evidence(String pole, String poleName, String side, Reason reason, String strength, boolean counted) {

        /** The sign a terminal shows: + for, − against, · on an open axis. */
        public String mark() {
            return switch (side) {
                case "for" -> "+";
                case "against" -> "−";
                default -> "·";
            };
        }

        /** The facts in words, or {@code none} when the evidence reads no fact of the case. */
        public String facts(String none) {
            return reason.factWords(none);
        }
    }
}
