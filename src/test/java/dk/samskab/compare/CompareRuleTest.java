package dk.samskab.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samskab.Project;
import dk.samskab.engine.Derived;
import dk.samskab.engine.Engine;
import dk.samskab.engine.Outcome;
import dk.samskab.loading.CaseReader;
import dk.samskab.model.PartyType;
import dk.samskab.model.Warning;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule of the phase {@code compare}: parties whose descriptions give different types diverge. */
class CompareRuleTest {

    private final Engine engine = new Engine(Project.rules());

    @Test
    void partiesWhoseDescriptionsGiveDifferentTypesRaiseDivergingUnderstandingsWithTheRule() throws Exception {
        List<Derived<Warning>> warnings = engine.compare(List.of(
                new PartyType("Kultur og Fritid", "steered"),
                new PartyType("Forældrene", "steered"),
                new PartyType("Boldklubben", "equal")));
        assertEquals(1, warnings.size());
        assertEquals("diverging-understandings", warnings.get(0).fact().code());
        assertEquals(
                "compare.drl",
                engine.rules().rule(warnings.get(0).rule()).file().toString());
    }

    @Test
    void partiesWhoseDescriptionsGiveOneTypeRaiseNothing() throws Exception {
        assertEquals(List.of(), engine.compare(List.of(new PartyType("A", "equal"), new PartyType("B", "equal"))));
    }

    @Test
    void theComparisonsRuleNeverRunsOnOneCase() throws Exception {
        Outcome outcome = engine.classify(
                CaseReader.read(Project.scenarios().resolve("perspectives/kunstgraesbane/nordby-boldklub.yaml"))
                        .facts());
        for (String rule : outcome.firedRules()) {
            assertFalse(engine.rules().rule(rule).file().toString().equals("compare.drl"), rule);
        }
    }
}
