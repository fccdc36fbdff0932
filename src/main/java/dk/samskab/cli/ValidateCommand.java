package dk.samskab.cli;

import dk.samskab.engine.RuleBase;
import dk.samskab.i18n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code samskab validate}: compiles the rules and reports every problem as {@code file:line:column: message}. */
@Command(name = "validate", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleBase rules = Rules.load(common);
        spec.commandLine().getOut().println(Messages.of(common.lang()).text("cli.rules-valid",
                rules.rules().size(), rules.source().files().size(), common.rulesFolder()));
        return ExitStatus.OK;
    }
}
