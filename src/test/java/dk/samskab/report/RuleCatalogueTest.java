package dk.samskab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.i18n.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rule catalogue lists every rule, and docs/rules.md is what the catalogue says today. */
class RuleCatalogueTest {

    @Test
    void docsRulesMdIsUpToDate() throws Exception {
        assertUpToDate(Lang.EN, "docs/rules.md");
    }

    @Test
    void docsRulesDaMdIsUpToDate() throws Exception {
        assertUpToDate(Lang.DA, "docs/rules.da.md");
    }

    private static void assertUpToDate(Lang lang, String file) throws Exception {
        String generated = new RuleCatalogue(new CodeWords(lang)).markdown(Project.rules());
        Path doc = Project.home().resolve(file);
        assertTrue(Files.exists(doc), file + " exists");
        assertEquals(
                generated,
                Files.readString(doc),
                file + " is out of date: run ./samskab rules --format " + "markdown"
                        + (lang == Lang.DA ? " --lang da" : "") + " --out " + file);
    }

    @Test
    void theCatalogueListsEveryRuleWithWhatItReadsAndConcludes() {
        Run run = Run.of("rules", "--rules", Project.rulesFolder().toString());
        assertEquals(0, run.status(), run.err());
        String flat = run.out().replaceAll("\\s+", " ");
        for (var rule : Project.rules().rules()) {
            assertTrue(flat.contains(rule.name()), rule.name());
        }
        assertTrue(
                flat.contains("A result planned in advance points to a predictable process The result is "
                        + "designed before the process starts"),
                flat);
        assertTrue(
                flat.contains(
                        "reads: result_planned_in_advance concludes: evidence on Predictability: " + "predictable"),
                flat);
    }

    @Test
    void theDanishCatalogueIsDanish() {
        Run run = Run.of("rules", "--rules", Project.rulesFolder().toString(), "--lang", "da");
        String flat = run.out().replaceAll("\\s+", " ");
        assertTrue(
                flat.contains(
                        "læser: result_planned_in_advance konkluderer: evidens på Forudsigelighed: " + "forudsigelig"),
                flat);
    }
}
