package dk.samskab.replay;

import dk.samskab.engine.RuleBase;
import dk.samskab.loading.Expectation;
import dk.samskab.model.Codes;
import dk.samskab.rules.Phase;
import dk.samskab.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules the replayed scenarios fired, and which types and warnings they expect; the rules of the phase
 * {@code compare}, which reason about several descriptions of one process, are not counted. Counts always; the ids of
 * the scenarios behind each rule only when asked for (JSON), so that a large replay stays small in memory.
 */
public final class Coverage {

    private final Map<String, Integer> firings = new LinkedHashMap<>();
    private final Map<String, List<String>> scenariosByRule = new LinkedHashMap<>();
    private final Map<String, Integer> expectedTypes = new LinkedHashMap<>();
    private final Map<String, Integer> expectedWarnings = new LinkedHashMap<>();
    private final boolean keepIds;

    public Coverage(RuleBase rules, boolean keepIds) {
        this.keepIds = keepIds;
        for (RuleInfo rule : rules.rules()) {
            if (!Phase.isOfOneCase(rule.phase())) {
                continue; // a rule of the comparison never fires on one scenario
            }
            firings.put(rule.name(), 0);
            if (keepIds) {
                scenariosByRule.put(rule.name(), new ArrayList<>());
            }
        }
        Codes.TYPES.forEach(type -> expectedTypes.put(type, 0));
        Codes.WARNINGS.forEach(code -> expectedWarnings.put(code, 0));
    }

    void record(String id, List<String> firedRules, Expectation expect) {
        for (String rule : firedRules) {
            firings.merge(rule, 1, Integer::sum);
            if (keepIds) {
                scenariosByRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(id);
            }
        }
        if (expect.type() != null) {
            expectedTypes.merge(expect.type(), 1, Integer::sum);
        }
        expect.warnings().forEach(code -> expectedWarnings.merge(code, 1, Integer::sum));
    }

    /** Rules that fired in no scenario, in the order of their files. */
    public List<String> untestedRules() {
        return firings.entrySet().stream()
                .filter(e -> e.getValue() == 0)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** For each rule, how many scenarios fired it. */
    public Map<String, Integer> firings() {
        return firings;
    }

    /** For each rule, the ids of the scenarios that fired it (empty unless ids are kept). */
    public Map<String, List<String>> scenariosByRule() {
        return scenariosByRule;
    }

    public Map<String, Integer> expectedTypes() {
        return expectedTypes;
    }

    public Map<String, Integer> expectedWarnings() {
        return expectedWarnings;
    }
}
