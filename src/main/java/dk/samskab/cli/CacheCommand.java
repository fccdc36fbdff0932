package dk.samskab.cli;

import dk.samskab.cache.RuleCache;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.rules.RuleProblems;
import dk.samskab.rules.RuleSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code samskab cache}: shows the rule-base cache; {@code --build} caches the rules now, {@code --clear} empties it. */
@Command(name = "cache", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class CacheCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--build", descriptionKey = "cache.build")
    boolean build;

    @Option(names = "--clear", descriptionKey = "cache.clear")
    boolean clear;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MessageBundle messages = MessageBundle.of(common.lang());
        PrintWriter out = spec.commandLine().getOut();
        RuleCache cache = new RuleCache(common.cacheFolder());
        try {
            if (clear) {
                cache.clear();
                out.println(messages.text("cache.cleared", cache.root()));
            }
            if (build) {
                RuleSource source = RuleSource.read(common.rulesFolder());
                cache.store(source);
                out.println(messages.text("cache.built", ShownPath.path(common.rulesFolder()), cache.entry(source)));
            }
            if (!clear && !build) {
                out.println(messages.text("cache.location", cache.root()));
                for (Path entry : cache.entries()) {
                    out.println("  " + entry.getFileName());
                }
            }
            return ExitStatus.OK;
        } catch (RuleProblems problems) {
            throw new Failure(ExitStatus.BAD_INPUT, RuleLoading.lines(problems, common), null);
        } catch (IOException e) {
            throw Failure.badInput(messages.text("cache.failed", cache.root(), Reasons.of(e, messages)), e);
        }
    }
}
