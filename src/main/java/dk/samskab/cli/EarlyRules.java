package dk.samskab.cli;

import dk.samskab.cache.RuleCache;
import dk.samskab.engine.RuleBase;
import dk.samskab.rules.RuleSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The default rules read from the cache on a second core while picocli is still building the command line. The two
 * take about as long as each other, and a cold {@code classify} used to wait for one and then for the other.
 *
 * <p>Started only for the short verbs that load rules ({@code classify}, {@code compare}, {@code replay}; a server
 * or an interview runs long enough not to notice) and only when the command line names none of the options that
 * choose other rules or another cache, or that do without the cache. It only reads: a miss, distrusted folder or any
 * failure leaves nothing, and {@link RuleLoading} then does what it always does. {@link #take} hands the result over
 * only when the command's options name the same rules folder and cache and the rule files are still the ones read.
 */
final class EarlyRules {

    private static final Set<String> VERBS = Set.of("classify", "compare", "replay");
    private static final List<String> OTHER_RULES = List.of("--rules", "--cache", "--no-cache", "--watch");

    private record Loaded(Path folder, Path cacheRoot, String sha256, RuleBase rules) {}

    private static CompletableFuture<Optional<Loaded>> loading;

    private EarlyRules() {}

    /** Starts reading {@code folder}'s rules from {@code cacheRoot} when {@code args} will want just those. */
    static synchronized void start(String[] args, Path folder, Path cacheRoot) {
        if (args.length == 0 || !VERBS.contains(args[0]) || namesOtherRules(args)) {
            return;
        }
        CompletableFuture<Optional<Loaded>> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> result.complete(load(folder, cacheRoot)), "samskab-early-rules");
        thread.setDaemon(true);
        thread.start();
        loading = result;
    }

    /**
     * The rules read early, when they are {@code folder}'s from {@code cacheRoot} and {@code source} is what was
     * read; waits for a load still running. Given once: a later call finds nothing.
     */
    static Optional<RuleBase> take(Path folder, Path cacheRoot, RuleSource source) {
        CompletableFuture<Optional<Loaded>> pending;
        synchronized (EarlyRules.class) {
            pending = loading;
            loading = null;
        }
        if (pending == null) {
            return Optional.empty();
        }
        return pending.join()
                .filter(loaded -> same(loaded.folder(), folder)
                        && same(loaded.cacheRoot(), cacheRoot)
                        && loaded.sha256().equals(source.sha256()))
                .map(Loaded::rules);
    }

    private static Optional<Loaded> load(Path folder, Path cacheRoot) {
        try {
            RuleCache cache = new RuleCache(cacheRoot);
            if (cache.distrust().isPresent()) {
                return Optional.empty();
            }
            RuleSource source = RuleSource.read(folder);
            return cache.load(source).map(rules -> new Loaded(folder, cacheRoot, source.sha256(), rules));
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
    }

    private static boolean namesOtherRules(String[] args) {
        for (String arg : args) {
            for (String option : OTHER_RULES) {
                if (arg.equals(option) || arg.startsWith(option + "=")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
