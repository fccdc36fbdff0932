package dk.samskab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.engine.Engine;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseReader;
import dk.samskab.model.Axis;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Why not the other types: the axes the rules found ruling each type out, as the typology's rules say. */
class WhyNotTest {

    private static final Engine ENGINE = new Engine(Project.rules());

    private static Map<String, List<WhyNot.Unmet>> whyNot(String scenario) throws Exception {
        CaseFile file = CaseReader.read(Project.scenarios().resolve(scenario));
        Explanation e = new Explainer(ENGINE, false).explain(file, ENGINE.classify(file.facts()));
        return e.whyNot().stream().collect(Collectors.toMap(WhyNot::type, WhyNot::unmet));
    }

    @Test
    void eachOtherTypeIsRuledOutByTheAxesWhereItNeedsAnotherPosition() throws Exception {
        Map<String, List<WhyNot.Unmet>> steered = whyNot("article/lokalplan-hoering.yaml");
        assertEquals(
                Map.of(
                        "responsibilising", List.of(new WhyNot.Unmet(Axis.CENTRAL_ACTOR, "external", "municipality")),
                        "equal", List.of(new WhyNot.Unmet(Axis.PREDICTABILITY, "unpredictable", "predictable")),
                        "facilitating",
                                List.of(
                                        new WhyNot.Unmet(Axis.PREDICTABILITY, "unpredictable", "predictable"),
                                        new WhyNot.Unmet(Axis.CENTRAL_ACTOR, "external", "municipality"))),
                steered);
    }

    @Test
    void anUnsettledAxisRulesOutEveryTypeOnItsOwn() throws Exception {
        Map<String, List<WhyNot.Unmet>> undetermined = whyNot("warnings/central-aktoer-uafklaret.yaml");
        assertEquals(4, undetermined.size(), "no type is derived, so all four are explained");
        undetermined.forEach((type, unmet) -> assertTrue(
                unmet.stream()
                        .anyMatch(u ->
                                u.axis() == Axis.CENTRAL_ACTOR && u.actual().equals("undetermined")),
                type + ": " + unmet));
    }

    @Test
    void outsideCoCreationNoTypeIsRuledOutByAnAxisButByTheDefinition() throws Exception {
        CaseFile file = CaseReader.read(Project.scenarios().resolve("definition/civilsamfund-uden-kommune.yaml"));
        Explanation e = new Explainer(ENGINE, false).explain(file, ENGINE.classify(file.facts()));
        assertEquals(4, e.whyNot().size());
        e.whyNot().forEach(w -> assertTrue(w.outsideCoCreation() && w.unmet().isEmpty(), w.toString()));
    }
}
