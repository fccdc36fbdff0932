package dk.samskab.cli;

import dk.samskab.loading.CaseSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code samskab schema}: the JSON Schema (2020-12) of case and scenario files, generated from the reader;
 * {@code docs/case.schema.json} is made with it, and an editor uses it to check a case as it is typed.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class SchemaCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "PATH", descriptionKey = "option.out")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutputFile.deliver(
                CaseSchema.json(), out, List.of(), common, spec.commandLine().getOut());
        return ExitStatus.OK;
    }
}
