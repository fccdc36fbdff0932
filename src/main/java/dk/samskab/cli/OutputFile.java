package dk.samskab.cli;

import dk.samskab.i18n.Message;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.text.AtomicFile;
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
        MessageBundle messages = MessageBundle.of(common.lang());
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
        // Both resolved to real paths first: a link on the way (reports -> rules, or --rules given through one)
        // must not let a new file land in the rules folder.
        if (realPath(absolute).startsWith(realPath(rulesFolder.toAbsolutePath().normalize()))) {
            throw new Refused(Message.of("cli.out-in-rules", target, option));
        }
    }

    /**
     * Where {@code path} really is, whether it exists or not: the end of its chain of links, with the real path of
     * the deepest folder on the way that exists and the names below it that do not exist yet.
     */
    static Path realPath(Path path) throws IOException {
        Path linked = AtomicFile.linkedFile(path);
        Path existing = linked;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return linked;
        }
        return existing.toRealPath().resolve(existing.relativize(linked)).normalize();
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
