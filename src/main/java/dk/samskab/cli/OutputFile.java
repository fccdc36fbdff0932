package dk.samskab.cli;

import dk.samskab.i18n.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * Writes a report to {@code --out}: to a temporary file in the same folder, then renamed over the target, so an
 * interrupted run leaves the old file whole. Refuses to overwrite an input or a rule file.
 */
final class OutputFile {

    private OutputFile() {
    }

    static void write(Path target, String content, Collection<Path> inputs, Path rulesFolder) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (sameFile(absolute, input)) {
                throw new Refused(Message.of("cli.out-is-input", target));
            }
        }
        Path rules = rulesFolder.toAbsolutePath().normalize();
        if (absolute.startsWith(rules) || (Files.exists(absolute) && Files.exists(rules)
                && absolute.toRealPath().startsWith(rules.toRealPath()))) {
            throw new Refused(Message.of("cli.out-in-rules", target));
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
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
