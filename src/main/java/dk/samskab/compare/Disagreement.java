package dk.samskab.compare;

import dk.samskab.model.Fact;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fact the parties answer differently: each party's answer, in the parties' order ({@code null} where a party
 * leaves the fact out), and whether settling it one party's way rather than another's gives another type.
 */
public record Disagreement(Fact fact, Map<String, Object> answers, boolean movesType) {

    public Disagreement {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
