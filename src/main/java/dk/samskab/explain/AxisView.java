package dk.samskab.explain;

import dk.samskab.model.Axis;
import java.util.List;

/**
 * One axis as the rules settled it: its position ({@code undetermined} when not settled), the rule that settled
 * it, and every piece of evidence for either end.
 */
public record AxisView(Axis axis, String position, Because settledBy, List<EvidenceView> evidence) {

    public AxisView {
        evidence = List.copyOf(evidence);
    }

    /** One piece of evidence: the end it points to and why. */
    public record EvidenceView(String pole, Because because) {
    }

    public List<EvidenceView> evidenceFor(String pole) {
        return evidence.stream().filter(e -> e.pole().equals(pole)).toList();
    }
}
