package dk.samskab.explain;

import dk.samskab.rules.RuleInfo;
import java.util.List;

/** Why a conclusion holds: the rule that drew it and the case facts its conditions read. */
public record Grounds(RuleInfo rule, List<FactValue> facts) {

    public Grounds {
        facts = List.copyOf(facts);
    }
}
