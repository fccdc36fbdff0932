package dk.samskab.cli;

import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.engine.RuleFailure;
import dk.samskab.explain.Explainer;
import dk.samskab.explain.Explanation;
import dk.samskab.loading.CaseFile;
import dk.samskab.report.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code samskab classify FILE…}: classifies case or scenario files and writes the explained report. */
@Command(name = "classify", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ClassifyCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "classify.files")
    List<Path> files;

    @Option(names = "--format", paramLabel = "text|json|markdown|html", descriptionKey = "option.format")
    Format format = Format.TEXT;

    @Option(names = "--out", paramLabel = "PATH", descriptionKey = "option.out")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CompletableFuture<RuleBase> loading = CompletableFuture.supplyAsync(() -> RuleLoading.load(common));
        CaseInputs inputs = CaseInputs.read(files, common.lang());
        List<String> problems = inputs.problems();
        List<Path> paths = inputs.paths();
        List<CaseFile> cases = inputs.cases();
        RuleBase rules = RuleLoading.await(loading);
        Explainer explainer = new Explainer(new Engine(rules));
        List<Explanation> explanations = new ArrayList<>();
        for (CaseFile source : cases) {
            try {
                explanations.add(explainer.classifyAndExplain(source));
            } catch (RuleFailure e) {
                problems.add(source.path() + ": " + e.problem().render(common.lang()));
            }
        }
        if (!explanations.isEmpty()) {
            OutputFile.deliver(
                    format.render(explanations, common.lang()),
                    out,
                    paths,
                    common,
                    spec.commandLine().getOut());
        }
        problems.forEach(spec.commandLine().getErr()::println);
        return problems.isEmpty() ? ExitStatus.OK : ExitStatus.BAD_INPUT;
    }
}
