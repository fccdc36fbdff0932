package dk.samskab.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A background builder is started so that no process of this JVM's is left to wait on, and still runs to its end. */
class DetachedTest {

    @TempDir
    Path temp;

    @Test
    void theCommandRunsOnAfterStartReturnsAndIsNoChildOfThisProcess() throws Exception {
        String marker = "detached-" + UUID.randomUUID();
        Path log = temp.resolve("build.log");
        Files.writeString(log, "before\n");
        Detached.start(List.of("/bin/sh", "-c", "sleep 3; echo finished " + marker, marker), log);

        assertFalse(Files.readString(log).contains("finished"), "start returns while the command still runs");
        assertTrue(ProcessHandle.allProcesses().anyMatch(p -> mentions(p, marker)), "the command runs");
        assertEquals(
                0,
                ProcessHandle.current()
                        .descendants()
                        .filter(p -> mentions(p, marker))
                        .count(),
                "nothing of it is left for this JVM to wait on");
        for (int i = 0; i < 200 && !Files.readString(log).contains("finished"); i++) {
            Thread.sleep(50);
        }
        assertEquals("before\nfinished " + marker + "\n", Files.readString(log), "its output is appended to the log");
    }

    private static boolean mentions(ProcessHandle process, String marker) {
        return process.info()
                .arguments()
                .map(args -> List.of(args).contains(marker))
                .orElse(false);
    }
}
