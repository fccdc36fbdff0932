package dk.samskab.compare;

import dk.samskab.engine.Derived;
import dk.samskab.engine.RuleBase;
import dk.samskab.explain.FactValue;
import dk.samskab.model.Warning;
import java.util.List;

/**
 * The parties' descriptions of one process side by side: the parties in the order given; the disagreements, those
 * that move the type first, then in the contract's order of facts; the common ground (the facts every party
 * answers alike, known); {@code agreedType}, the type when every party's is the same, else {@code null}; and the
 * warnings the rules of the phase {@code compare} raised, each with its rule.
 */
public record Comparison(
        List<Party> parties,
        List<Disagreement> disagreements,
        List<FactValue> commonGround,
        String agreedType,
        List<Derived<Warning>> warnings,
        RuleBase rules) {

    public Comparison {
        parties = List.copyOf(parties);
        disagreements = List.copyOf(disagreements);
        commonGround = List.copyOf(commonGround);
        warnings = List.copyOf(warnings);
    }
}
