package dk.samskab.cli;

import dk.samskab.cache.RuleCache;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.ResourceBundle;
import picocli.CommandLine;

/** The entry point: {@code samskab classify | replay | validate}. Output is UTF-8 whatever the terminal says. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        quietLogging(Arrays.asList(args).contains("--debug"));
        EarlyRules.start(args, CommonOptions.defaultRulesFolder(), RuleCache.defaultRoot());
        // The file descriptor itself: System.out is a PrintStream, which swallows a failed write as PrintWriter does.
        StandardStream stdout = new StandardStream(new FileOutputStream(FileDescriptor.out));
        Writer utf8 = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
        // On a terminal a person reads the report: invisible characters are shown; a file or pipe gets them as is.
        PrintWriter out = new PrintWriter(System.console() != null ? new VisibleWriter(utf8) : utf8, true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = run(args, out, err);
        out.flush();
        Optional<IOException> lost = stdout.failure();
        if (lost.isPresent() && !StandardStream.readerLeft(lost.get())) {
            MessageBundle messages = MessageBundle.of(langOf(args));
            err.println("samskab: "
                    + messages.text(
                            "cli.cannot-write",
                            messages.text("cli.standard-output"),
                            Reasons.of(lost.get(), messages)));
            status = ExitStatus.BAD_INPUT;
        }
        err.flush();
        RuleLoading.afterRun();
        System.exit(status);
    }

    /** Runs one command line with the given writers and returns its exit status (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter errors) {
        // Standard error is always for a person: invisible characters in a quoted name are shown by their codes.
        PrintWriter err = new PrintWriter(new VisibleWriter(errors), true);
        try {
            return run(args, out, err, langOf(args));
        } finally {
            err.flush();
        }
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, Lang lang) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine commandLine = SamskabCommand.commandLine(args);
        commandLine.setResourceBundle(ResourceBundle.getBundle(
                "dk.samskab.cli.help",
                lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, err, lang, debug));
        commandLine.setParameterExceptionHandler((e, argv) -> {
            err.println("samskab: " + ParameterErrors.explain(e, lang));
            err.println(MessageBundle.of(lang)
                    .text("cli.see-help", e.getCommandLine().getCommandSpec().qualifiedName()));
            return ExitStatus.BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    private static int failed(Exception e, PrintWriter err, Lang lang, boolean debug) {
        if (e instanceof Failure failure) {
            failure.lines().forEach(err::println);
            if (debug && failure.getCause() != null) {
                failure.getCause().printStackTrace(err);
            }
            return failure.status();
        }
        err.println("samskab: "
                + MessageBundle.of(lang)
                        .text(
                                "cli.internal-error",
                                e.getClass().getSimpleName(),
                                String.valueOf(e.getMessage())
                                        .lines()
                                        .findFirst()
                                        .orElse("")));
        if (debug) {
            e.printStackTrace(err);
        }
        return ExitStatus.INTERNAL;
    }

    /** The language asked for with {@code --lang}, read before parsing so that help and errors use it too. */
    static Lang langOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                return Lang.byCode(value).orElse(Lang.EN);
            }
        }
        return Lang.EN;
    }

    /** Drools logs at INFO on every build; the user sees only errors unless {@code --debug}. */
    static void quietLogging(boolean debug) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "error");
        if (debug) {
            System.setProperty("org.slf4j.simpleLogger.log.org.mvel2", "info");
        }
    }
}
