package dk.samskab.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up archive is trained in the background and tried before it is put in place; an archive whose trial
 * fails (JDK 17.0.15 has crashed on one it wrote itself) is never used, and not trained again for the same key. The
 * archive that succeeds needs the packaged jar (class-data sharing refuses the test class path's folders); the
 * launcher and bench/run.sh use that one.
 */
class StartupArchiveTest {

    @TempDir
    Path temp;

    @Test
    void anArchiveWhoseTrialFailsIsNeverPutInPlaceNorTrainedAgainForTheSameKey() throws Exception {
        Path broken = Files.createDirectories(temp.resolve("broken-rules"));
        Files.writeString(broken.resolve("broken.drl"), "rule \"never\" when then");
        Path cache = Files.createDirectories(temp.resolve("cache"));
        Path archive = Files.createDirectories(temp.resolve("target")).resolve("samskab.jsa");

        StartupArchive.trainInBackground(archive, broken, cache, "key-2");
        awaitTraining(archive);

        assertFalse(Files.exists(archive), "no archive that failed");
        assertEquals("key-2", Files.readString(archive.resolveSibling("samskab.jsa.failed")));
        StartupArchive.trainInBackground(archive, broken, cache, "key-2");
        assertFalse(Files.exists(archive.resolveSibling("samskab.jsa.lock")), "not trained again");
        assertEquals(List.of("samskab.jsa.failed"), names(archive.getParent()));
    }

    /** Waits for the background training (it holds the lock while it runs) to end. */
    private static void awaitTraining(Path archive) throws InterruptedException {
        Path lock = archive.resolveSibling("samskab.jsa.lock");
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (Files.exists(lock)) {
            assertTrue(System.nanoTime() < deadline, "the training ends");
            Thread.sleep(200);
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
