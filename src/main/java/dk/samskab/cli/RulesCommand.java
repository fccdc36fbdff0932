package dk.samskab.cli;

import dk.samskab.engine.RuleBase;
import dk.samskab.report.CodeWords;
import dk.samskab.report.RuleCatalogue;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code samskab rules}: the rule catalogue, grouped by concern; {@code docs/rules.md} is made with it. */
@Command(name = "rules", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class RulesCommand implements Callable<Integer> {

    /** The formats of the catalogue. */
    enum CatalogueFormat {
        TEXT,
        MARKDOWN;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "text|markdown", descriptionKey = "rules.format")
    CatalogueFormat format = CatalogueFormat.TEXT;

    @Option(names = "--out", paramLabel = "PATH", descriptionKey = "option.out")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleBase rules = RuleLoading.load(common);
        RuleCatalogue catalogue = new RuleCatalogue(new CodeWords(common.lang()));
        String text = format == CatalogueFormat.MARKDOWN ? catalogue.markdown(rules) : catalogue.text(rules);
        OutputFile.deliver(text, out, List.of(), common, spec.commandLine().getOut());
        return ExitStatus.OK;
    }
}
