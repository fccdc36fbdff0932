package dk.samskab.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.engine.RuleBase;
import dk.samskab.i18n.Lang;
import dk.samskab.model.Codes;
import dk.samskab.model.Fact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped rules carry their metadata, read every fact, and report their own errors by position. */
class RuleFilesTest {

    @TempDir
    Path folder;

    @Test
    void everyRuleHasADescriptionInEnglishAndDanishAndASectionOfTheArticle() {
        for (RuleInfo rule : Project.rules().rules()) {
            assertFalse(
                    rule.descriptionEn() == null || rule.descriptionEn().isBlank(),
                    rule.name() + " has description_en");
            assertFalse(
                    rule.descriptionDa() == null || rule.descriptionDa().isBlank(),
                    rule.name() + " has description_da");
            assertTrue(
                    Codes.SECTIONS.contains(rule.section()),
                    rule.name() + " cites a heading of the article, not: " + rule.section());
        }
    }

    @Test
    void everyFactOfTheContractIsReadByAtLeastOneRule() {
        Set<Fact> read = EnumSet.noneOf(Fact.class);
        Project.rules().rules().forEach(rule -> read.addAll(rule.factsRead()));
        assertEquals(EnumSet.allOf(Fact.class), read);
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLineAndColumn() throws Exception {
        Files.writeString(folder.resolve("broken.drl"), """
                package samskab;
                import dk.samskab.model.*;

                rule "A broken rule"
                when
                    Case( resultPlannedInAdvance == true && )
                then
                    insert( new Evidence( drools.getRule(), "predictability", "predictable" ) );
                end
                """);
        RuleProblems problems = assertThrows(RuleProblems.class, () -> RuleBase.load(folder));
        assertEquals(1, problems.problems().size(), problems.problems().toString());
        String line = problems.problems().get(0).render(Lang.EN);
        assertTrue(line.matches(".*broken\\.drl:6:\\d+: syntax error: .*"), line);
    }

    @Test
    void anUnknownFactInARuleIsNamedWithTheNearestProperty() throws Exception {
        Files.writeString(folder.resolve("typo.drl"), """
                package samskab;
                import dk.samskab.model.*;

                rule "A rule with a typo"
                when
                    Case( resultPlanedInAdvance == true )
                then
                    insert( new Evidence( drools.getRule(), "predictability", "predictable" ) );
                end
                """);
        RuleProblems problems = assertThrows(RuleProblems.class, () -> RuleBase.load(folder));
        assertEquals(
                folder.resolve("typo.drl") + ":6:11: Case has no property \"resultPlanedInAdvance\"; "
                        + "did you mean \"resultPlannedInAdvance\"?",
                problems.problems().get(0).render(Lang.EN));
    }

    @Test
    void aRulesFolderNamedByASymbolicLinkIsReadLikeTheFolderItself() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("rules-link"), Project.rulesFolder());
        RuleBase rules = RuleBase.load(link);
        assertEquals(Project.rules().rules().size(), rules.rules().size());
        assertEquals(Project.rules().sha256(), rules.sha256(), "the same files, named alike");
    }

    @Test
    void anEmptyFolderHasNoRules() {
        RuleProblems problems = assertThrows(RuleProblems.class, () -> RuleBase.load(folder));
        assertTrue(problems.problems().get(0).render(Lang.EN).endsWith("holds no rule file (.drl or .dslr)"));
    }
}
