package dk.samskab.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The typology's two axes, each with its two ends (poles), as contract codes. */
public enum Axis {
    PREDICTABILITY("predictability", "predictable", "unpredictable"),
    CENTRAL_ACTOR("central-actor", "municipality", "external");

    private final String code;
    private final List<String> poles;

    Axis(String code, String first, String second) {
        this.code = code;
        this.poles = List.of(first, second);
    }

    public String code() {
        return code;
    }

    public List<String> poles() {
        return poles;
    }

    public static Optional<Axis> byCode(String code) {
        for (Axis axis : values()) {
            if (axis.code.equals(code)) {
                return Optional.of(axis);
            }
        }
        return Optional.empty();
    }

    static Axis require(String code) {
        return byCode(code)
                .orElseThrow(() -> new IllegalArgumentException("unknown axis '" + code + "'; known: "
                        + Arrays.stream(values()).map(Axis::code).toList()));
    }

    String requirePole(String pole, boolean undeterminedAllowed) {
        if (poles.contains(pole) || (undeterminedAllowed && Codes.UNDETERMINED.equals(pole))) {
            return pole;
        }
        throw new IllegalArgumentException("unknown end '" + pole + "' of axis " + code + "; known: " + poles);
    }
}
