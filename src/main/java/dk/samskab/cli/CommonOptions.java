package dk.samskab.cli;

import dk.samskab.cache.RuleCache;
import dk.samskab.i18n.Lang;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command takes: the language, the rules folder and debugging. */
public final class CommonOptions {

    @Option(
            names = "--lang",
            paramLabel = "en|da",
            descriptionKey = "option.lang",
            converter = LangConverter.class,
            completionCandidates = LangConverter.Codes.class)
    Lang lang = Lang.EN;

    @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "option.rules")
    Path rules;

    @Option(names = "--debug", descriptionKey = "option.debug")
    boolean debug;

    @Option(names = "--cache", paramLabel = "DIR", descriptionKey = "option.cache")
    Path cache;

    @Option(names = "--no-cache", descriptionKey = "option.no-cache")
    boolean noCache;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Says one line on standard error (a warning the command goes on after), if the command has a stderr. */
    void warn(String line) {
        if (command != null) {
            command.commandLine().getErr().println(line);
        }
    }

    /** The rule-base cache to use, or {@code null} with {@code --no-cache}. */
    public RuleCache cache() {
        return noCache ? null : new RuleCache(cacheFolder());
    }

    /** The cache's folder: {@code --cache}, or the default one. */
    public Path cacheFolder() {
        return cache != null ? cache : RuleCache.defaultRoot();
    }

    public Lang lang() {
        return lang;
    }

    /**
     * The rules folder: {@code --rules}, else {@code rules/} at the repository root (set by the launcher), shown
     * relative to the current folder when it lies below it.
     */
    public Path rulesFolder() {
        return rules != null ? rules : defaultRulesFolder();
    }

    /** {@code rules/} at the repository root (set by the launcher), else in the current folder. */
    static Path defaultRulesFolder() {
        String home = System.getProperty("samskab.home");
        return home == null
                ? Path.of("rules")
                : Path.of(ShownPath.path(Path.of(home).resolve("rules")));
    }
}
