package dk.samskab.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/** The lock file that keeps two background builders (of an entry, of the start-up archive) from doing one job. */
final class BuilderLock {

    /** A lock older than this is taken to belong to a builder that died. */
    private static final Duration STALE = Duration.ofMinutes(10);

    private BuilderLock() {}

    /** Takes {@code lock} for this process; false when a live builder holds it. */
    static boolean take(Path lock) throws IOException {
        if (Files.exists(lock)
                && Files.getLastModifiedTime(lock)
                        .toInstant()
                        .isAfter(Instant.now().minus(STALE))) {
            return false;
        }
        Files.deleteIfExists(lock);
        Files.writeString(lock, String.valueOf(ProcessHandle.current().pid()), StandardOpenOption.CREATE_NEW);
        return true;
    }
}
