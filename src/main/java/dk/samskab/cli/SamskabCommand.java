package dk.samskab.cli;

import dk.samskab.explain.Stamp;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command; it only lists the verbs. */
@Command(
        name = "samskab",
        mixinStandardHelpOptions = true,
        versionProvider = SamskabCommand.Version.class,
        subcommands = {
            ClassifyCommand.class,
            ReplayCommand.class,
            ValidateCommand.class,
            RulesCommand.class,
            CacheCommand.class,
            ServeCommand.class,
            SchemaCommand.class,
            InterviewCommand.class,
            CompareCommand.class
        },
        usageHelpAutoWidth = true)
final class SamskabCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a verb there is nothing to do: show the verbs, and fail as for a bad argument. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitStatus.BAD_INPUT;
    }

    /** {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "samskab " + Stamp.currentVersion() + " (Drools " + Stamp.currentDroolsVersion() + ", Java "
                        + System.getProperty("java.version") + ")"
            };
        }
    }
}
