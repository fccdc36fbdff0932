package dk.samskab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.EditedRules;
import dk.samskab.Project;
import dk.samskab.loading.CaseReader;
import dk.samskab.model.Case;
import dk.samskab.rules.Phase;
import dk.samskab.rules.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules run in named phases, in order: where a rule is written in its file does not decide when it runs. */
class PhasesTest {

    private static final String CRITERION = """
            rule "Partners who take part in the decision point to an unpredictable process"
                @description_en("x")
                @description_da("x")
                @section("Faciliterende samskabelse")
                @strength("typical")
            when
                Når parterne deltager i beslutningen
            then
                Så tæller det for en uforudsigelig proces
            end

            """;

    private static final String CASE = """
            id: parterne-beslutter
            title: Beboerne beslutter selv
            case:
              actors:
                - { name: Boligsocialt Hus, kind: municipality }
                - { name: Beboerrådet, kind: citizen-group }
              partners_take_part_in: [decision, execution]
              main_responsibility: external
            """;

    @TempDir
    Path folder;

    private Outcome classify(Path rules) throws Exception {
        Path file = folder.resolve("case.yaml");
        Files.writeString(file, CASE);
        Case facts = CaseReader.read(file).facts();
        return new Engine(RuleBase.load(rules)).classify(facts);
    }

    @Test
    void withoutTheCriterionThePredictabilityOfTheCaseIsNotSettled() throws Exception {
        assertEquals("undetermined", classify(Project.rulesFolder()).type());
    }

    @Test
    void aCriterionAddedAtTheTopOfItsFileCountsBeforeTheAxesSettle() throws Exception {
        Path rules = EditedRules.copyOfShipped(folder.resolve("rules"));
        Files.writeString(
                rules.resolve("samskab.dsl"),
                "\n[condition][](?:Når|og) parterne deltager i beslutningen=Case( partnersTakePartIn contains "
                        + "\"decision\" )\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Path file = rules.resolve("predictability.dslr");
        String text = Files.readString(file);
        int first = text.indexOf("rule \"");
        Files.writeString(file, text.substring(0, first) + CRITERION + text.substring(first));
        Outcome outcome = classify(rules);
        assertEquals("facilitating", outcome.type(), "the new criterion settles predictability");
        assertTrue(outcome.evidence().stream()
                .anyMatch(e -> e.rule().startsWith("Partners who take part in the decision")
                        && e.fact().strength().equals("typical")));
    }

    @Test
    void aCriterionInAFileOfItsOwnRunsInThePhaseTheFileDeclares() throws Exception {
        Path rules = EditedRules.copyOfShipped(folder.resolve("rules"));
        Files.writeString(
                rules.resolve("aa-first.drl"),
                "package samskab;\nimport dk.samskab.model.*;\nruleflow-group \"criteria\"\n\n"
                        + CRITERION
                                .replace(
                                        "Når parterne deltager i beslutningen",
                                        "Case( partnersTakePartIn contains \"decision\" )")
                                .replace(
                                        "Så tæller det for en uforudsigelig proces",
                                        "insert( new Evidence( drools.getRule(), \"predictability\", "
                                                + "\"unpredictable\" ) );"));
        assertEquals("facilitating", classify(rules).type());
    }

    @Test
    void everyShippedRuleNamesAPhaseAndNoneNeedsASalience() throws Exception {
        for (RuleInfo rule : Project.rules().rules()) {
            assertTrue(Phase.byCode(rule.phase()).isPresent(), rule.name() + " runs in " + rule.phase());
        }
        try (Stream<Path> files = Files.list(Project.rulesFolder())) {
            files.forEach(f -> {
                try {
                    assertFalse(Files.readString(f).contains("salience"), f + " sets a salience");
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }
}
