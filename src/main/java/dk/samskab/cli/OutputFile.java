package dk.samskab.cli;

import dk.samskab.i18n.Message;
import dk.samskab.i18n.Messages;
import dk.samskab.report.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Writes a report to {@code --out} as an {@link AtomicFile}, so an interrupted run leaves the old file whole.
 * Refuses to overwrite an input or a rule file.
 */
final class OutputFile {

    private OutputFile() {}

    static void write(Path target, String content, Collection<Path> inputs, Path rulesFolder) throws IOException {
        check("--out", target, inputs, rulesFolder);
        AtomicFile.write(target, content);
    }

    /**
     * Writes a command's text to {@code --out} when given, else to the terminal; a refused or failed write ends
     * the command with one line and status 2.
     */
    static void deliver(String text, Path out, Collection<Path> inputs, CommonOptions common, PrintWriter terminal) {
        if (out == null) {
            terminal.print(text);
            terminal.flush();
            return;
        }
        try {
            write(out, text, inputs, common.rulesFolder());
        } catch (IOException e) {
            throw failure(out, e, common);
        }
    }

    /** The one line that ends a command whose output to {@code target} was refused or failed. */
    static Failure failure(Path target, Exception e, CommonOptions common) {
        if (e instanceof Refused refused) {
            return Failure.badInput(refused.reason().render(common.lang()));
        }
        Messages messages = Messages.of(common.lang());
        return Failure.badInput(messages.text("cli.cannot-write", target, Reasons.of(e, messages)), e);
    }

    /** Refuses a target (given with {@code option}) that is an input file or lies in the rules folder. */
    static void check(String option, Path target, Collection<Path> inputs, Path rulesFolder) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new Refused(Message.of("cli.out-is-folder", target, option));
        }
        for (Path input : inputs) {
            if (sameFile(absolute, input)) {
                throw new Refused(Message.of("cli.out-is-input", target, option));
            }
        }
        Path rules = rulesFolder.toAbsolutePath().normalize();
        if (absolute.startsWith(rules)
                || AtomicFile.linkedFile(absolute).startsWith(rules)
                || (Files.isRegularFile(absolute)
                        && Files.exists(rules)
                        && absolute.toRealPath().startsWith(rules.toRealPath()))) {
            throw new Refused(Message.of("cli.out-in-rules", target, option));
        }
    }

    private static boolean sameFile(Path target, Path input) throws IOException {
        if (target.equals(input.toAbsolutePath().normalize())) {
            return true;
        }
        return Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input);
    }

    /** The target may not be written. */
    static final class Refused extends IOException {

        private final transient Message reason;

        Refused(Message reason) {
            super(reason.key());
            this.reason = reason;
        }

        Message reason() {
            return reason;
        }
    }
}
