package dk.samskab.whatif;

import dk.samskab.model.Fact;
import java.util.List;
import java.util.Map;

/** A fact the case leaves unknown, and what answering it would do to the result. */
public record UnknownFact(Fact fact, List<Effect> effects) {

    public UnknownFact {
        effects = List.copyOf(effects);
    }

    /** With {@code value} answered, the type and axis positions would be these. */
    public record Effect(Object value, String type, Map<String, String> positions) {

        public Effect {
            positions = Map.copyOf(positions);
        }
    }
}
