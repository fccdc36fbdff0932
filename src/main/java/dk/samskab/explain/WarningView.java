package dk.samskab.explain;

import dk.samskab.whatif.UnknownFact;
import java.util.List;

/**
 * A warning raised, with the rules that raised it (their descriptions are its message). {@code about} names the
 * axis for {@code mixed-signals} and {@code missing-information}; {@code settledBy} lists the unknown facts that
 * would settle that axis.
 */
public record WarningView(String code, String about, List<Grounds> because, List<UnknownFact> settledBy) {

    public WarningView {
        because = List.copyOf(because);
        settledBy = List.copyOf(settledBy);
    }
}
