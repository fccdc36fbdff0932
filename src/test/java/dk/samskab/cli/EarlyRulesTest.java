package dk.samskab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.EditedRules;
import dk.samskab.cache.RuleCache;
import dk.samskab.rules.RuleSource;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules read early, beside picocli, reach only a command that asks for exactly those rules from that cache. */
class EarlyRulesTest {

    @TempDir
    Path temp;

    private Path rules;
    private Path cacheRoot;

    @BeforeEach
    void cacheTheShippedRules() throws Exception {
        rules = EditedRules.copyOfShipped(temp.resolve("rules"));
        cacheRoot = temp.resolve("cache");
        new RuleCache(cacheRoot).store(RuleSource.read(rules));
    }

    @Test
    void theRulesReadEarlyGoOnceToTheCommandAskingForTheSameFolderAndCache() throws Exception {
        EarlyRules.start(new String[] {"classify", "case.yaml"}, rules, cacheRoot);
        RuleSource source = RuleSource.read(rules);
        assertTrue(EarlyRules.take(rules, cacheRoot, source).isPresent(), "the early load is used");
        assertTrue(EarlyRules.take(rules, cacheRoot, source).isEmpty(), "and handed over once");
    }

    @Test
    void rulesEditedSinceTheEarlyReadAreNotServedFromIt() throws Exception {
        EarlyRules.start(new String[] {"classify", "case.yaml"}, rules, cacheRoot);
        EditedRules.swapSteeredAndResponsibilising(rules);
        assertTrue(EarlyRules.take(rules, cacheRoot, RuleSource.read(rules)).isEmpty());
    }

    @Test
    void anotherFolderOrCacheGetsNothingFromTheEarlyRead() throws Exception {
        RuleSource source = RuleSource.read(rules);
        EarlyRules.start(new String[] {"replay", "scenarios"}, rules, cacheRoot);
        assertTrue(EarlyRules.take(rules, temp.resolve("other-cache"), source).isEmpty());
        EarlyRules.start(new String[] {"replay", "scenarios"}, rules, cacheRoot);
        assertTrue(
                EarlyRules.take(temp.resolve("other-rules"), cacheRoot, source).isEmpty());
    }

    @Test
    void nothingIsReadEarlyForOptionsThatChooseOtherRulesOrNoCacheNorForOtherVerbs() throws Exception {
        RuleSource source = RuleSource.read(rules);
        String[][] lines = {
            {"classify", "--no-cache", "case.yaml"},
            {"classify", "--rules=elsewhere", "case.yaml"},
            {"classify", "--cache", "elsewhere", "case.yaml"},
            {"replay", "--watch", "scenarios"},
            {"validate"},
            {}
        };
        for (String[] line : lines) {
            EarlyRules.start(line, rules, cacheRoot);
            assertTrue(EarlyRules.take(rules, cacheRoot, source).isEmpty(), String.join(" ", line));
        }
    }
}
