package dk.samskab.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.explain.AxisView;
import dk.samskab.explain.Grounds;
import dk.samskab.model.Axis;
import dk.samskab.report.Scenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a case sits in the 2×2 chart: the rules' weighed balance of the evidence, never a new decision. */
class PlacementTest {

    @Test
    void aCaseWithAllEvidenceOnOneSideSitsAtTheFarEndOfItsQuadrant() {
        Placement vores = Placement.of(Scenarios.explain("article/vores-rum.yaml"));
        assertTrue(vores.plotted());
        assertEquals("facilitating", vores.quadrant());
        assertEquals(-1.0, vores.predictability(), 1e-9, "unpredictable is down");
        assertEquals(1.0, vores.centralActor(), 1e-9, "external actors are to the right");
    }

    @Test
    void mixedSignalsSitNearerTheLineThanOneSidedEvidence() {
        Placement mixed = Placement.of(Scenarios.explain("warnings/blandede-signaler.yaml"));
        assertEquals("equal", mixed.quadrant());
        assertEquals(
                -Placement.MIN_OFFSET,
                mixed.predictability(),
                1e-9,
                "weights 5 (defining) against 3 × 2 (typical): (5 − 6) / 11, kept off the line");
        assertEquals(-1.0, mixed.centralActor(), 1e-9, "weight 9 for the municipality, none against");
    }

    @Test
    void theMarkersDistanceIsTheWeighedBalanceNotTheCount() {
        Placement road = Placement.of(Scenarios.explain("nordic/vejmyndigheden-overtager-skolevejen.yaml"));
        assertEquals("steered", road.quadrant());
        assertEquals(
                -3.0 / 11,
                road.centralActor(),
                1e-9,
                "main responsibility (5) and the authority role (2) against two typical traits (2 + 2): "
                        + "(7 − 4) / 11 towards the municipality, though two facts stand on each side");
    }

    @Test
    void anAxisTheRulesDidNotSettleSitsOnItsLine() {
        Placement even = Placement.of(Scenarios.explain("weighing/lige-vaegt-uden-definerende.yaml"));
        assertTrue(even.plotted());
        assertEquals(Placement.ON_THE_LINE, even.quadrant());
        assertEquals(0.0, even.predictability(), 1e-9);
        assertFalse(even.predictabilitySettled());
        assertTrue(even.centralActorSettled());
        assertEquals(-1.0, even.centralActor(), 1e-9);
    }

    @Test
    void casesOutsideCoCreationAreNotPlotted() {
        assertFalse(Placement.of(Scenarios.explain("definition/samarbejde-mellem-forvaltninger.yaml"))
                .plotted());
        assertFalse(Placement.of(Scenarios.explain("definition/civilsamfund-uden-kommune.yaml"))
                .plotted());
    }

    @Test
    void aSettledAxisKeepsTheMarkerOffTheLineEvenWhenTheCountsAreEvenOrDisagree() {
        AxisView.EvidenceView predictable = new AxisView.EvidenceView("predictable", new Grounds(null, List.of()));
        AxisView.EvidenceView unpredictable = new AxisView.EvidenceView("unpredictable", new Grounds(null, List.of()));
        AxisView even = new AxisView(Axis.PREDICTABILITY, "predictable", null, List.of(predictable, unpredictable));
        assertEquals(Placement.MIN_OFFSET, Placement.balance(even), 1e-9);
        AxisView against = new AxisView(
                Axis.PREDICTABILITY, "unpredictable", null, List.of(predictable, predictable, unpredictable));
        assertEquals(-Placement.MIN_OFFSET, Placement.balance(against), 1e-9, "the side is the rules' position");
        AxisView open = new AxisView(Axis.PREDICTABILITY, "undetermined", null, List.of(predictable));
        assertEquals(0.0, Placement.balance(open), 1e-9);
    }

    @Test
    void theQuadrantsAreNamedByTheRulesOwnTypeDefinitions() {
        var definitions = Scenarios.explain("article/vores-rum.yaml").outcome().typeDefinitions();
        Scenarios.QUADRANT.forEach(
                (type, poles) -> assertEquals(type, Placement.typeAt(definitions, poles[0], poles[1])));
    }
}
