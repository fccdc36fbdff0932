package dk.samskab.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file whole or not at all: into a temporary file in the same folder, then renamed over the target. An
 * interrupted run leaves the old file intact and no partial new one.
 */
public final class AtomicFile {

    /** Writes the content to a writer; may throw. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** As many links as Linux follows before it gives up (ELOOP). */
    private static final int MAX_LINKS = 40;

    private AtomicFile() {}

    /**
     * A temporary file is private to its owner; the file it replaces keeps its own permissions, and a new one gets
     * the usual {@code rw-r--r--}, so that a report can be shared like any file the user writes.
     */
    private static void keepPermissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    public static void write(Path target, String content) throws IOException {
        write(target, writer -> writer.write(content));
    }

    /**
     * Writes {@code content} to {@code target}. A symbolic link stays a link and the file it points to gets the
     * content; a device or a pipe ({@code /dev/stdout}, say) is written to as it is, since there is nothing to
     * replace.
     */
    public static void write(Path target, Content content) throws IOException {
        if (isStream(target)) {
            try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                content.writeTo(writer);
            }
            return;
        }
        Path absolute = linkedFile(target);
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(writer);
            }
            keepPermissions(temporary, absolute);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Whether {@code target} is something other than a file or a folder: a device, a pipe, a socket. */
    public static boolean isStream(Path target) {
        return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    /** The file a write to {@code target} lands in: {@code target} itself, or the end of its chain of links. */
    public static Path linkedFile(Path target) throws IOException {
        Path path = target.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
            }
            path = path.getParent().resolve(Files.readSymbolicLink(path)).normalize();
        }
        return path;
    }
}
