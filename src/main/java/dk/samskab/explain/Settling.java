package dk.samskab.explain;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.model.Strength;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How an axis was settled, read from the rules' weighing: the defining facts on each side, how many facts of each
 * other strength agree with the position and how many point the other way, and the weights. {@link #sentence} words
 * it, e.g. "decided by “Is the result planned in advance? Yes” (defining); 2 typical traits agree; 1 points the
 * other way (mixed signals)". Nothing here decides the position: the rules did (axes.drl).
 */
public record Settling(
        boolean settled,
        List<FactValue> definingFor,
        List<FactValue> definingAgainst,
        int characteristicFor,
        int typicalFor,
        int against,
        int weightFor,
        int weightAgainst,
        boolean weighed) {

    /** The settling of {@code axis}: "for" is its position's end (its first end when it is not settled). */
    public static Settling of(AxisView axis) {
        List<String> poles = axis.axis().poles();
        String side = axis.settled() ? axis.position() : poles.get(0);
        String other = side.equals(poles.get(0)) ? poles.get(1) : poles.get(0);
        List<AxisView.EvidenceView> agree = axis.evidenceFor(side);
        List<AxisView.EvidenceView> disagree = axis.evidenceFor(other);
        List<FactValue> definingFor = defining(agree);
        List<FactValue> definingAgainst = defining(disagree);
        int weightFor = 0;
        int weightAgainst = 0;
        if (axis.balance() != null) {
            boolean first = side.equals(poles.get(0));
            weightFor = first ? axis.balance().first() : axis.balance().second();
            weightAgainst = first ? axis.balance().second() : axis.balance().first();
        }
        return new Settling(
                axis.settled(),
                definingFor,
                definingAgainst,
                count(agree, Strength.CHARACTERISTIC),
                count(agree, Strength.TYPICAL),
                disagree.size(),
                weightFor,
                weightAgainst,
                axis.balance() != null);
    }

    private static List<FactValue> defining(List<AxisView.EvidenceView> evidence) {
        Set<FactValue> facts = new LinkedHashSet<>();
        for (AxisView.EvidenceView e : evidence) {
            if (Strength.DEFINING.equals(e.strength())) {
                facts.addAll(e.because().facts());
            }
        }
        return List.copyOf(facts);
    }

    private static int count(List<AxisView.EvidenceView> evidence, String strength) {
        return (int)
                evidence.stream().filter(e -> strength.equals(e.strength())).count();
    }

    /**
     * The settling in words, in {@code lang}; {@code inWords} words a fact of the case by its question and answer
     * ("Is the result planned in advance? Yes"), as the report words every other fact.
     */
    public String sentence(Lang lang, Function<FactValue, String> inWords) {
        MessageBundle m = MessageBundle.of(lang);
        if (!weighed) {
            return m.text("settling.not-weighed");
        }
        List<String> parts = new ArrayList<>();
        if (!settled) {
            return weightFor + weightAgainst == 0
                    ? m.text("settling.no-evidence")
                    : m.text("settling.even", weightFor, weightAgainst);
        }
        if (!definingFor.isEmpty()) {
            parts.add(m.text(
                    weightFor == weightAgainst ? "settling.tie-broken" : "settling.decided-by",
                    joined(definingFor, inWords)));
        } else if (!definingAgainst.isEmpty()) {
            parts.add(m.text("settling.outweighed", joined(definingAgainst, inWords)));
        } else {
            parts.add(m.text("settling.no-defining"));
        }
        if (characteristicFor > 0) {
            parts.add(m.text("settling.characteristic-agree", characteristicFor));
        }
        if (typicalFor > 0) {
            parts.add(m.text("settling.typical-agree", typicalFor));
        }
        if (against > 0) {
            parts.add(m.text("settling.against", against));
        }
        parts.add(m.text("settling.weights", weightFor, weightAgainst));
        return String.join("; ", parts);
    }

    private static String joined(List<FactValue> facts, Function<FactValue, String> inWords) {
        return facts.stream().map(f -> "“" + inWords.apply(f) + "”").collect(Collectors.joining(", "));
    }
}
