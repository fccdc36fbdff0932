package dk.samskab.cli;

import dk.samskab.compare.Comparer;
import dk.samskab.compare.Comparison;
import dk.samskab.compare.NotOneProcess;
import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.engine.RuleFailure;
import dk.samskab.report.Format;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code samskab compare FILE…}: each file is one party's own description of the same process
 * ({@code perspective_of}); classifies each and sets them side by side. Files that do not describe one process —
 * without {@code perspective_of}, with other actors, two of one party — are bad input, one line naming the files.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class CompareCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "compare.files")
    List<Path> files;

    @Option(names = "--format", paramLabel = "text|json|markdown|html", descriptionKey = "option.format")
    Format format = Format.TEXT;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CompletableFuture<RuleBase> loading = CompletableFuture.supplyAsync(() -> RuleLoading.load(common));
        CaseInputs inputs = CaseInputs.read(files, common.lang());
        if (!inputs.problems().isEmpty()) {
            throw new Failure(ExitStatus.BAD_INPUT, inputs.problems(), null);
        }
        Engine engine = new Engine(RuleLoading.await(loading));
        Comparison comparison;
        try {
            comparison = new Comparer(engine).compare(inputs.cases());
        } catch (NotOneProcess e) {
            throw Failure.badInput(e.problem().render(common.lang()), e);
        } catch (RuleFailure e) {
            throw Failure.badInput(e.problem().render(common.lang()), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.render(comparison, common.lang()));
        out.flush();
        return ExitStatus.OK;
    }
}
