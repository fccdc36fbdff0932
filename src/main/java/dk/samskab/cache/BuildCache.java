package dk.samskab.cache;

import dk.samskab.rules.RuleProblems;
import dk.samskab.rules.RuleSource;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The background builder {@link RuleCache#storeInBackground} starts: {@code RULES_FOLDER CACHE_ROOT LOCK}. Stores
 * the entry, then removes the lock. Its output goes to {@code build.log} in the cache folder.
 */
public final class BuildCache {

    private BuildCache() {}

    public static void main(String[] args) throws Exception {
        Path lock = Path.of(args[2]);
        try {
            RuleSource source = RuleSource.read(Path.of(args[0]));
            new RuleCache(Path.of(args[1])).store(source);
        } catch (RuleProblems problems) {
            System.out.println("rules do not compile; nothing cached: " + problems.getMessage());
        } finally {
            Files.deleteIfExists(lock);
        }
    }
}
