package dk.samskab.cache;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.rules.RuleProblems;
import dk.samskab.rules.RuleSource;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The background builder {@link RuleCache#storeInBackground} starts: {@code RULES_FOLDER CACHE_ROOT LOCK}. Stores
 * the entry, then removes the lock. Its output goes to {@code build.log} in the cache folder.
 */
public final class BuildCache {

    private BuildCache() {}

    private static String reason(IOException e) {
        if (e instanceof RuleCache.Distrusted distrusted) {
            return MessageBundle.of(Lang.EN).format(distrusted.reason());
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return (fs.getFile() == null ? "" : fs.getFile() + ": ") + fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    public static void main(String[] args) throws Exception {
        Path lock = Path.of(args[2]);
        try {
            RuleSource source = RuleSource.read(Path.of(args[0]));
            new RuleCache(Path.of(args[1])).store(source);
        } catch (RuleProblems problems) {
            System.out.println("rules do not compile; nothing cached: " + problems.getMessage());
        } catch (IOException e) {
            // one line in build.log, not a stack trace on every run; the next run compiles the rules and tries again
            System.out.println("cannot cache the rules in " + args[1] + ": " + reason(e));
        } finally {
            Files.deleteIfExists(lock);
        }
    }
}
