package dk.samskab.explain;

import dk.samskab.model.Axis;
import dk.samskab.model.Balance;
import java.util.List;

/**
 * One axis as the rules placed it: its position (one of its ends, {@code undetermined}, or null when the rules did
 * not weigh it, as outside co-creation), the rule that placed it, every piece of evidence for either end, and the
 * rules' weighing of it ({@code balance}, null when not weighed).
 */
public record AxisView(Axis axis, String position, Grounds settledBy, List<EvidenceView> evidence, Balance balance) {

    public AxisView {
        evidence = List.copyOf(evidence);
    }

    public AxisView(Axis axis, String position, Grounds settledBy, List<EvidenceView> evidence) {
        this(axis, position, settledBy, evidence, null);
    }

    /**
     * One piece of evidence: the end it points to, why, at which strength, the predictability position it holds in
     * ({@code onlyIn}, null for any), and whether the weighing counted it (evidence that holds only in an
     * unpredictable process does not count in another).
     */
    public record EvidenceView(String pole, Grounds because, String strength, String onlyIn, boolean counted) {

        public EvidenceView(String pole, Grounds because) {
            this(pole, because, null, null, true);
        }
    }

    /** Whether the case is at one end of the axis. */
    public boolean settled() {
        return position != null && axis.poles().contains(position);
    }

    /** {@code settled} at one of its ends, or {@code undetermined}; null when the rules did not weigh the axis. */
    public String state() {
        return position == null ? null : settled() ? "settled" : "undetermined";
    }

    /** Whether there is nothing to say about the axis: the rules neither placed the case on it nor found evidence. */
    public boolean notWeighed() {
        return position == null && evidence.isEmpty();
    }

    /** The evidence for {@code pole} that the weighing counted. */
    public List<EvidenceView> evidenceFor(String pole) {
        return evidence.stream()
                .filter(e -> e.pole().equals(pole) && e.counted())
                .toList();
    }

    /** How the axis was settled, in terms a report words: see {@link Settling}. */
    public Settling settling() {
        return Settling.of(this);
    }

    /**
     * The weighed balance towards the axis' first end (predictable; the municipality), in [−1, 1]: (first − second)
     * ÷ (first + second) of the rules' weights, 0 when nothing was weighed.
     */
    public double weighedBalance() {
        if (balance == null || balance.first() + balance.second() == 0) {
            return 0;
        }
        return (double) (balance.first() - balance.second()) / (balance.first() + balance.second());
    }
}
