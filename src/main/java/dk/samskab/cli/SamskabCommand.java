package dk.samskab.cli;

import dk.samskab.explain.Stamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command; it only lists the verbs. */
@Command(
        name = "samskab",
        mixinStandardHelpOptions = true,
        versionProvider = SamskabCommand.Version.class,
        usageHelpAutoWidth = true)
final class SamskabCommand implements Callable<Integer> {

    /** The verbs, in the order the help lists them, each made only when a command line needs it. */
    private static final Map<String, Supplier<Object>> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put("classify", ClassifyCommand::new);
        VERBS.put("replay", ReplayCommand::new);
        VERBS.put("validate", ValidateCommand::new);
        VERBS.put("rules", RulesCommand::new);
        VERBS.put("cache", CacheCommand::new);
        VERBS.put("serve", ServeCommand::new);
        VERBS.put("schema", SchemaCommand::new);
        VERBS.put("interview", InterviewCommand::new);
        VERBS.put("compare", CompareCommand::new);
    }

    @Spec
    CommandSpec spec;

    /** Without a verb there is nothing to do: show the verbs, and fail as for a bad argument. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitStatus.BAD_INPUT;
    }

    /**
     * The command line for {@code args}: the root with the one verb they name, or with every verb when they name
     * none (no verb, {@code --help}, {@code --version}, a misspelt verb picocli suggests another for). picocli reads
     * a verb's options by reflection when it is added: adding only the verb asked for spares a cold
     * {@code classify} the models of eight others.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine root = new CommandLine(new SamskabCommand());
        String verb =
                Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        if (VERBS.containsKey(verb)) {
            root.addSubcommand(verb, VERBS.get(verb).get());
        } else {
            VERBS.forEach((name, command) -> root.addSubcommand(name, command.get()));
        }
        return root;
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
