package dk.samskab.cli;

import dk.samskab.i18n.MessageBundle;
import dk.samskab.rules.RuleCompiler;
import dk.samskab.rules.RuleLint;
import dk.samskab.rules.RuleProblem;
import dk.samskab.rules.RuleProblems;
import dk.samskab.rules.RuleSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code samskab validate}: compiles the rules and lints them, reporting every problem as
 * {@code file:line:column: message} on stderr, one line each, as every command reports a problem. Exit status 0
 * when clean, 2 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MessageBundle messages = MessageBundle.of(common.lang());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSource source;
        try {
            source = RuleSource.read(common.rulesFolder());
        } catch (RuleProblems problems) {
            RuleLoading.lines(problems, common).forEach(err::println);
            return ExitStatus.BAD_INPUT;
        }
        List<RuleProblem> problems = new ArrayList<>(RuleLint.lint(source));
        int rules = -1;
        try {
            rules = RuleCompiler.compile(source).getKiePackages().stream()
                    .mapToInt(p -> p.getRules().size())
                    .sum();
        } catch (RuleProblems compiled) {
            compiled.problems().stream()
                    .filter(p -> !p.problem().key().equals("rules.duplicate-rule"))
                    .forEach(problems::add);
        }
        problems.sort(RuleProblem.ORDER);
        List<String> lines = RuleLoading.lines(problems, common);
        if (problems.isEmpty()) {
            out.println(messages.text(
                    "cli.rules-valid", rules, source.files().size(), ShownPath.path(common.rulesFolder())));
            return ExitStatus.OK;
        }
        lines.forEach(err::println);
        return ExitStatus.BAD_INPUT;
    }
}
