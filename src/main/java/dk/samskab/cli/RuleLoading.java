package dk.samskab.cli;

import dk.samskab.cache.RuleCache;
import dk.samskab.cache.StartupArchive;
import dk.samskab.engine.RuleBase;
import dk.samskab.i18n.Message;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.rules.RuleProblem;
import dk.samskab.rules.RuleProblems;
import dk.samskab.rules.RuleSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Loads the rules a command names, or fails with one line per problem (and Drools' own text under --debug). */
final class RuleLoading {

    /** Work to start once the command's output is written: caching the rules just compiled. */
    private static Runnable afterRun;

    private RuleLoading() {}

    /** Starts what was deferred until the command had answered (the background cache build). */
    static void afterRun() {
        Runnable pending = afterRun;
        afterRun = null;
        if (pending != null) {
            pending.run();
        }
    }

    /**
     * The rules from the cache when it holds exactly these rule files; else compiled, and — when the launcher
     * asks for it ({@code -Dsamskab.cache.background=true}) — cached by a background process for the next run.
     */
    static RuleBase load(CommonOptions options) {
        try {
            RuleSource source = RuleSource.read(options.rulesFolder());
            RuleCache cache = trusted(options.cache(), options);
            if (cache != null) {
                Optional<RuleBase> cached = EarlyRules.take(options.rulesFolder(), cache.root(), source);
                if (cached.isEmpty()) {
                    cached = cache.load(source);
                }
                if (cached.isPresent()) {
                    String archive = System.getProperty("samskab.cds.archive");
                    if (archive != null && Boolean.getBoolean("samskab.cache.background")) {
                        Path folder = options.rulesFolder();
                        String key = RuleCache.key(source);
                        afterRun = () -> StartupArchive.trainInBackground(Path.of(archive), folder, cache.root(), key);
                    }
                    return cached.get();
                }
            }
            RuleBase compiled = RuleBase.compile(source);
            if (cache != null && Boolean.getBoolean("samskab.cache.background")) {
                Path folder = options.rulesFolder();
                afterRun = () -> cache.storeInBackground(folder, source);
            }
            return compiled;
        } catch (RuleProblems problems) {
            throw new Failure(ExitStatus.BAD_INPUT, lines(problems, options), null);
        }
    }

    /**
     * {@code cache}, or {@code null} when it may not be trusted with compiled rules (see {@link RuleCache#distrust}):
     * then one line says why, and the run compiles the rules.
     */
    private static RuleCache trusted(RuleCache cache, CommonOptions options) {
        if (cache == null) {
            return null;
        }
        Optional<Message> distrust = cache.distrust();
        if (distrust.isEmpty()) {
            return cache;
        }
        options.warn(
                "samskab: " + MessageBundle.of(options.lang()).text("cache.distrusted", cache.root(), distrust.get()));
        return null;
    }

    /** The rules being loaded in the background (while the cases are read), or the failure that stopped them. */
    static RuleBase await(CompletableFuture<RuleBase> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    static List<String> lines(RuleProblems problems, CommonOptions options) {
        return lines(problems.problems(), options);
    }

    /** One line per problem (the same problem at the same place once), and Drools' own text under --debug. */
    static List<String> lines(List<RuleProblem> problems, CommonOptions options) {
        List<String> lines = new ArrayList<>();
        List<RuleProblem> shown = new ArrayList<>();
        for (RuleProblem problem : problems) {
            if (shown.stream().anyMatch(problem::sameAs)) {
                continue;
            }
            shown.add(problem);
            lines.add(problem.render(options.lang()));
            if (options.debug && problem.original() != null) {
                problem.original().lines().forEach(line -> lines.add("    drools: " + line));
            }
        }
        return lines;
    }
}
