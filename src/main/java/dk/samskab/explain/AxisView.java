package dk.samskab.explain;

import dk.samskab.model.Axis;
import java.util.List;

/**
 * One axis as the rules placed it: its position (one of its ends, {@code undetermined}, or null when the rules did
 * not weigh it, as outside co-creation), the rule that placed it, and every piece of evidence for either end.
 */
public record AxisView(Axis axis, String position, Because settledBy, List<EvidenceView> evidence) {

    public AxisView {
        evidence = List.copyOf(evidence);
    }

    /** One piece of evidence: the end it points to and why. */
    public record EvidenceView(String pole, Because because) {}

    /** Whether the case is at one end of the axis. */
    public boolean settled() {
        return position != null && axis.poles().contains(position);
    }

    /** Whether there is nothing to say about the axis: the rules neither placed the case on it nor found evidence. */
    public boolean notWeighed() {
        return position == null && evidence.isEmpty();
    }

    public List<EvidenceView> evidenceFor(String pole) {
        return evidence.stream().filter(e -> e.pole().equals(pole)).toList();
    }
}
