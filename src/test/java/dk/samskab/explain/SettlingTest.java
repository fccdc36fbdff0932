package dk.samskab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskab.Project;
import dk.samskab.engine.Engine;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.loading.CaseReader;
import dk.samskab.model.Axis;
import dk.samskab.report.CodeWords;
import dk.samskab.report.JsonReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an axis was settled, as the reports word it from the rules' weighing, in both languages. */
class SettlingTest {

    private static final Explainer EXPLAINER = new Explainer(new Engine(Project.rules()));

    private static Explanation explain(String scenario) throws Exception {
        return EXPLAINER.classifyAndExplain(CaseReader.read(Project.scenarios().resolve(scenario)));
    }

    /** The settling as the report words it: each fact by its question and answer, never by its code. */
    private static String sentence(AxisView axis, Lang lang) {
        MessageBundle words = MessageBundle.of(lang);
        return axis.settling()
                .sentence(lang, f -> words.text("question." + f.fact().code()) + " " + answer(words, f));
    }

    private static String answer(MessageBundle words, FactValue f) {
        if (f.value() instanceof Boolean yes) {
            return words.text(yes ? "interview.yes" : "interview.no");
        }
        return words.text("interview.value." + f.fact().code() + "." + f.value());
    }

    @Test
    void aDefiningFactWithTypicalTraitsAgainstItDecidesAndTheContraryTraitsAreCounted() throws Exception {
        AxisView axis = explain("weighing/definerende-mod-typiske-traek.yaml").axis(Axis.PREDICTABILITY);
        assertEquals("predictable", axis.position());
        assertEquals(
                "decided by “Is the result planned in advance? Yes” (defining); 2 point the other way (mixed signals); weight 5 to 4",
                sentence(axis, Lang.EN));
        assertEquals(
                "afgjort af “Er resultatet planlagt på forhånd? Ja” (definerende); 2 peger den anden vej (blandede signaler); "
                        + "vægt 5 mod 4",
                sentence(axis, Lang.DA));
    }

    @Test
    void aTieBrokenByTheDefiningFactSaysSo() throws Exception {
        AxisView axis = explain("weighing/uafgjort-afgjort-af-definerende.yaml").axis(Axis.CENTRAL_ACTOR);
        assertEquals("municipality", axis.position());
        assertEquals(
                "the weights are even, and “Who carries the main responsibility? Shared” (defining) breaks the tie; 2 point the other way "
                        + "(mixed signals); weight 5 to 5",
                sentence(axis, Lang.EN));
    }

    @Test
    void severalFactsThatOutweighADefiningFactSayItIsOutweighed() throws Exception {
        AxisView axis = explain("warnings/blandede-signaler.yaml").axis(Axis.PREDICTABILITY);
        assertEquals("unpredictable", axis.position());
        assertEquals(
                "“Is the result planned in advance? Yes” (defining) is outweighed by the facts together; 3 typical traits agree; 1 "
                        + "points the other way (mixed signals); weight 6 to 5",
                sentence(axis, Lang.EN));
    }

    @Test
    void evidenceThatHoldsOnlyInAnUnpredictableProcessIsShownButNotCountedInAPredictableOne() throws Exception {
        AxisView axis = explain("article/lokalplan-hoering.yaml").axis(Axis.CENTRAL_ACTOR);
        List<AxisView.EvidenceView> notCounted =
                axis.evidence().stream().filter(e -> !e.counted()).toList();
        assertEquals(2, notCounted.size(), "who identified the problem and who took the initiative");
        assertTrue(notCounted.stream().allMatch(e -> "unpredictable".equals(e.onlyIn())));
        assertEquals(3, axis.balance().first(), "only the hearing counts: characteristic, 3");
    }

    @Test
    void theJsonGivesEachAxisItsStateAndEachEvidenceItemItsStrength() throws Exception {
        JsonNode report = new ObjectMapper()
                .valueToTree(new JsonReport(new CodeWords(Lang.EN))
                        .tree(explain("weighing/definerende-mod-typiske-traek.yaml")));
        JsonNode predictability = report.get("axes").get("predictability");
        assertEquals("settled", predictability.get("state").asText());
        assertEquals(5, predictability.get("weights").get("predictable").asInt());
        assertEquals(4, predictability.get("weights").get("unpredictable").asInt());
        assertTrue(predictability
                .get("settled_how")
                .asText()
                .startsWith("decided by “Is the result planned in advance? Yes”"));
        for (JsonNode item : predictability.get("evidence")) {
            assertTrue(List.of("defining", "characteristic", "typical")
                    .contains(item.get("strength").asText()));
        }
        JsonNode sparse = new ObjectMapper()
                .valueToTree(new JsonReport(new CodeWords(Lang.EN))
                        .tree(explain("weighing/tynd-beskrivelse-forbliver-uafklaret.yaml")));
        assertEquals(
                "undetermined",
                sparse.get("axes").get("predictability").get("state").asText());
        assertEquals(
                "undetermined",
                sparse.get("axes").get("central-actor").get("state").asText());
    }

    @Test
    void missingInformationAsksForTheDefiningFactFirst() throws Exception {
        Explanation e = explain("weighing/tynd-beskrivelse-forbliver-uafklaret.yaml");
        for (WarningView warning : e.warnings()) {
            if (warning.code().equals("missing-information")) {
                String first = warning.settledBy().get(0).fact().code();
                assertEquals(
                        warning.about().equals("predictability") ? "result_planned_in_advance" : "main_responsibility",
                        first,
                        warning.about() + ": " + warning.settledBy());
            }
        }
        assertEquals(
                2,
                e.warnings().stream()
                        .filter(w -> w.code().equals("missing-information"))
                        .count());
    }
}
