package dk.samskab.report.model;

import dk.samskab.explain.AxisView;
import dk.samskab.explain.Explanation;
import dk.samskab.model.Axis;
import dk.samskab.model.Codes;
import dk.samskab.model.TypeDefinition;
import java.util.List;

/**
 * Where a case sits in the 2×2 chart, as a balance of evidence per axis in [−1, 1]: {@code predictability} is +1
 * at the predictable end (up) and −1 at the unpredictable end; {@code centralActor} is −1 with the municipality
 * central (left) and +1 with external actors central (right). The balance is (for − against) / (for + against) of
 * the weights the rules gave the evidence (its strengths), kept at least {@link #MIN_OFFSET} off the centre line towards the position the
 * rules settled; an axis the rules did not settle sits on its line (0). This is presentation only: the positions and
 * the type are the rules'; cases outside co-creation are not plotted.
 */
public record Placement(
        boolean plotted,
        String quadrant,
        double predictability,
        double centralActor,
        String predictabilityPosition,
        String centralActorPosition) {

    /** How far a settled axis keeps the marker off its centre line, as a share of the half-axis. */
    public static final double MIN_OFFSET = 0.15;

    /** The quadrant of a case on a centre line: an axis is not settled. */
    public static final String ON_THE_LINE = "on-the-line";

    public static Placement of(Explanation e) {
        if (!e.outcome().isCoCreation()) {
            return new Placement(false, null, 0, 0, null, null);
        }
        AxisView predictability = e.axis(Axis.PREDICTABILITY);
        AxisView central = e.axis(Axis.CENTRAL_ACTOR);
        String quadrant = Codes.CO_CREATION_TYPES.contains(e.type()) ? e.type() : ON_THE_LINE;
        return new Placement(
                true,
                quadrant,
                balance(predictability),
                -balance(central),
                position(predictability),
                position(central));
    }

    /** The balance towards the axis' first end (predictable; the municipality), in [−1, 1]. */
    static double balance(AxisView axis) {
        List<String> poles = axis.axis().poles();
        double balance = axis.balance() != null ? axis.weighedBalance() : countedBalance(axis);
        if (poles.get(0).equals(axis.position())) {
            return Math.max(MIN_OFFSET, balance);
        }
        if (poles.get(1).equals(axis.position())) {
            return Math.min(-MIN_OFFSET, balance);
        }
        return 0;
    }

    /** The balance of the counted evidence, one vote each: for an axis the rules did not weigh. */
    private static double countedBalance(AxisView axis) {
        int first = axis.evidenceFor(axis.axis().poles().get(0)).size();
        int second = axis.evidenceFor(axis.axis().poles().get(1)).size();
        return first + second == 0 ? 0 : (double) (first - second) / (first + second);
    }

    /** The position of an axis, or {@code undetermined} when the rules left it open. */
    private static String position(AxisView axis) {
        return axis.settled() ? axis.position() : Codes.UNDETERMINED;
    }

    public boolean predictabilitySettled() {
        return !Codes.UNDETERMINED.equals(predictabilityPosition);
    }

    public boolean centralActorSettled() {
        return !Codes.UNDETERMINED.equals(centralActorPosition);
    }

    /**
     * The type whose cell lies where the two ends cross, read from the rules' own type definitions; {@code null}
     * when the rules define none there.
     */
    public static String typeAt(List<TypeDefinition> definitions, String predictability, String centralActor) {
        return definitions.stream()
                .filter(d -> d.predictability().equals(predictability)
                        && d.centralActor().equals(centralActor))
                .map(TypeDefinition::type)
                .findFirst()
                .orElse(null);
    }
}
