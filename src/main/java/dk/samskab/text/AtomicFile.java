package dk.samskab.text;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all: into a temporary file in the same folder, then renamed over the target. An
 * interrupted run leaves the old file intact and no partial new one.
 *
 * <p>A temporary file is named {@code .NAME.samskab-PID-N.tmp} (or {@code .cases}, for a JUnit report's test cases):
 * hidden, marked as samskab's, and with the process that wrote it. A run killed with {@code kill -9} cannot remove
 * its own; the next run that writes in the same folder removes every such file whose process is gone and that is
 * older than itself, and nothing else.
 */
public final class AtomicFile {

    /** Writes the content to a writer; may throw. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** What marks a temporary file as samskab's, followed by the writer's process id. */
    private static final String MARK = ".samskab-";

    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.samskab-(\\d{1,18})-\\d+\\.(tmp|cases)");

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
        Path temporary = temporaryFile(folder, absolute.getFileName().toString(), ".tmp");
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

    /**
     * A new temporary file for {@code name} in {@code folder}, named as samskab names its own ({@code suffix} is
     * {@code .tmp} or {@code .cases}); the leftovers of killed runs in that folder are removed first.
     */
    public static Path temporaryFile(Path folder, String name, String suffix) throws IOException {
        removeLeftovers(folder);
        return Files.createTempFile(
                folder, "." + name + MARK + ProcessHandle.current().pid() + "-", suffix);
    }

    /**
     * Removes from {@code folder} the temporary files of samskab runs that were killed before they could: named by
     * {@link #temporaryFile}, written by a process that is no longer running, and last changed before this run
     * began. A file that cannot be removed stays; it is tried again next time.
     */
    public static void removeLeftovers(Path folder) {
        Instant began = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        try (DirectoryStream<Path> hidden = Files.newDirectoryStream(folder, ".*" + MARK + "*")) {
            for (Path file : hidden) {
                Matcher leftover = LEFTOVER.matcher(file.getFileName().toString());
                if (leftover.matches()
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && !running(Long.parseLong(leftover.group(1)))
                        && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)
                                .toInstant()
                                .isBefore(began)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a leftover that stays is harmless: hidden, and removed by a later run
        }
    }

    private static boolean running(long pid) {
        return pid == ProcessHandle.current().pid()
                || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
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
