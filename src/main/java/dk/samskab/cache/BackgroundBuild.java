package dk.samskab.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Storing an entry in a separate, low-priority process ({@link BuildCache}) so that the command that compiled the
 * rules answers at once; a lock file keeps two such builders from doing the same work.
 */
final class BackgroundBuild {

    private BackgroundBuild() {}

    /** Starts the builder for the rules in {@code rulesFolder}, unless one holds {@code lock} already. */
    static void start(Path rulesFolder, Path root, Path lock) throws IOException {
        if (!BuilderLock.take(lock)) {
            return;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
            command.addAll(List.of("/usr/bin/nice", "-n", "10"));
        }
        command.addAll(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                BuildCache.class.getName(),
                rulesFolder.toAbsolutePath().toString(),
                root.toAbsolutePath().toString(),
                lock.toString()));
        Detached.start(command, root.resolve("build.log"));
    }
}
