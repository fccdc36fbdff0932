package dk.samskab.cli;

import dk.samskab.cache.RuleCache;
import dk.samskab.i18n.MessageBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file could not be written or read, in the user's words rather than a Java exception's. */
final class Reasons {

    private Reasons() {}

    /** {@code cannot read the folder X: why}, naming the folder the walk stopped at. */
    static String unreadableFolder(Exception failure, MessageBundle messages) {
        Throwable e = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        String folder = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : "?";
        return messages.text("cli.unreadable-folder", folder, of(failure, messages));
    }

    static String of(Exception failure, MessageBundle messages) {
        Throwable e = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        if (e instanceof RuleCache.Distrusted distrusted) {
            return messages.format(distrusted.reason());
        }
        if (e instanceof AccessDeniedException) {
            return messages.text("reason.access-denied");
        }
        if (e instanceof NoSuchFileException) {
            return messages.text("reason.no-folder");
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return messages.text("reason.not-a-folder-on-the-way");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage();
        }
        return String.valueOf(e);
    }
}
