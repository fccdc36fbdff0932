package dk.samskab.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.loading.CaseFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad inputs too big or too odd to commit, made here: a 50 MB file, nesting 10,000 deep, binary garbage, link
 * loops, a pipe and an unreadable file. Each ends in one line and exit status 2 within a time bound, without
 * reading more than the size limit.
 */
class GeneratedBadInputTest {

    private static final String RULES = Project.rulesFolder().toString();
    /** Catches a hang, not a slow machine (CI and a loaded 2-core machine run the suite too): generous. */
    private static final Duration BOUND = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    /** Runs {@code classify FILE} within the time bound and returns the run and what the thread allocated. */
    private record Measured(Run run, long allocatedBytes) {}

    private static Measured classify(Path file) {
        return assertTimeoutPreemptively(
                BOUND,
                () -> {
                    com.sun.management.ThreadMXBean threads =
                            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
                    long before = threads.getCurrentThreadAllocatedBytes();
                    Run run = Run.of("classify", file.toString(), "--rules", RULES);
                    return new Measured(run, threads.getCurrentThreadAllocatedBytes() - before);
                },
                () -> "classify " + file + " took longer than " + BOUND);
    }

    private static String oneLine(Path file) {
        Measured measured = classify(file);
        return Verdicts.assertOneClearError(measured.run(), file, file::toString);
    }

    @Test
    void aFiftyMegabyteFileIsRefusedAfterReadingOnlyTheSizeLimit() throws IOException {
        Path file = temp.resolve("fifty-megabytes.yaml");
        byte[] scenario = Files.readAllBytes(Project.scenarios().resolve("article/lokalplan-hoering.yaml"));
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += scenario.length) {
                out.write(scenario);
            }
        }
        Measured measured = classify(file);
        assertEquals(
                file + ": larger than 1,024 KiB; a case file is far smaller",
                Verdicts.assertOneClearError(measured.run(), file, file::toString));
        assertTrue(
                measured.allocatedBytes() < 16L * 1024 * 1024,
                "reads no more than the limit: allocated " + measured.allocatedBytes() + " bytes");
    }

    @Test
    void nestingTenThousandDeepStopsAtTheDepthLimitInYamlFlowYamlBlockAndJson() throws IOException {
        Path flow = temp.resolve("deep-flow.yaml");
        Files.writeString(flow, "id: deep\ntitle: t\ncase: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertEquals(flow + ":3:26: nested more than 20 levels deep; a case needs 4", oneLine(flow));

        Path block = temp.resolve("deep-block.yaml");
        Files.writeString(block, "- ".repeat(10_000) + "x\n");
        assertEquals(block + ":1:41: nested more than 20 levels deep; a case needs 4", oneLine(block));

        Path json = temp.resolve("deep.json");
        Files.writeString(json, "{\"id\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        assertEquals(json + ":1:27: nested more than 20 levels deep; a case needs 4", oneLine(json));
    }

    @Test
    void aLargeAliasBombIsRefusedAtItsFirstAnchorWithoutExpanding() throws IOException {
        StringBuilder bomb = new StringBuilder("id: bomb\ntitle: t\na0: &a0 [" + "\"lol\", ".repeat(99) + "\"lol\"]\n");
        for (int level = 1; level < 40; level++) {
            bomb.append('a')
                    .append(level)
                    .append(": &a")
                    .append(level)
                    .append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(50, "*a" + (level - 1))))
                    .append("]\n");
        }
        Path file = temp.resolve("alias-bomb.yaml");
        Files.writeString(file, bomb);
        Measured measured = classify(file);
        assertEquals(
                file + ":3:5: YAML anchors (&a0) are not allowed in case files; write the value out",
                Verdicts.assertOneClearError(measured.run(), file, file::toString));
        assertTrue(measured.allocatedBytes() < 64L * 1024 * 1024, "allocated " + measured.allocatedBytes());
    }

    @Test
    void binaryGarbageIsOneLineNamingTheFirstByteOrCharacterThatIsNotText() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            byte[] garbage = new byte[1 + random.nextInt(65_536)];
            random.nextBytes(garbage);
            Path file = temp.resolve("garbage-" + i + ".yaml");
            Files.write(file, garbage);
            String line = oneLine(file);
            assertTrue(
                    line.matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: "
                            + "(byte 0x[0-9A-F]{2} is not UTF-8; save the file as UTF-8"
                            + "|character U\\+[0-9A-F]{4} is a control character or binary data; a case file is text"
                            + "|the file is saved as UTF-16; save it as UTF-8)"),
                    line);
        }
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(Files.readAllBytes(Project.scenarios().resolve("article/vores-rum.yaml")));
        }
        Path file = temp.resolve("gzipped.yaml");
        Files.write(file, gzipped.toByteArray());
        assertEquals(file + ":1:2: byte 0x8B is not UTF-8; save the file as UTF-8", oneLine(file));
    }

    @Test
    void aSymbolicLinkLoopAndALinkToNothingAreOneLineEach() throws IOException {
        Path a = temp.resolve("loop-a.yaml");
        Path b = temp.resolve("loop-b.yaml");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        assertEquals(a + ": is a symbolic link in a loop: following it leads back to itself", oneLine(a));
        Path dangling = Files.createSymbolicLink(temp.resolve("dangling.yaml"), Path.of("no-such-case.yaml"));
        assertEquals(dangling + ": is a symbolic link to a file that does not exist", oneLine(dangling));
    }

    @Test
    void aFolderWithALinkLoopIsReplayedToTheEndWithOneErrorLinePerBrokenLink() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("scenarios"));
        Path good = Files.copy(Project.scenarios().resolve("article/vores-rum.yaml"), folder.resolve("b-good.yaml"));
        Files.createSymbolicLink(folder.resolve("a-loop.yaml"), Path.of("c-loop.yaml"));
        Files.createSymbolicLink(folder.resolve("c-loop.yaml"), Path.of("a-loop.yaml"));
        Files.createSymbolicLink(folder.resolve("d-back-to-the-folder"), Path.of("."));
        Files.createSymbolicLink(folder.resolve("e-up.yaml"), Path.of(".."));
        Run run = assertTimeoutPreemptively(BOUND, () -> Run.of("replay", folder.toString(), "--rules", RULES));
        assertEquals(1, run.status(), run.out() + run.err());
        assertEquals("", run.err());
        assertEquals(
                List.of(
                        "ERROR  ?  " + folder.resolve("a-loop.yaml")
                                + ": is a symbolic link in a loop: following it leads back " + "to itself",
                        "PASS   vores-rum  " + good,
                        "ERROR  ?  " + folder.resolve("c-loop.yaml")
                                + ": is a symbolic link in a loop: following it leads back " + "to itself"),
                run.out().lines().filter(l -> l.matches("(PASS|FAIL|ERROR) .*")).toList());
        assertTrue(run.out().strip().endsWith("1 passed, 0 failed, 2 errors"), run.out());
    }

    @Test
    void aFolderNamedByASymbolicLinkIsReplayedLikeTheFolderItself() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("linked-scenarios"), Project.scenarios());
        int scenarios = CaseFiles.below(Project.scenarios()).size();
        assertEquals(scenarios, CaseFiles.below(link).size());
        Run run = Run.of("replay", link.toString(), "--rules", RULES);
        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().strip().endsWith(scenarios + " passed, 0 failed"), run.out());
        assertTrue(run.out().contains("PASS   vores-rum  " + link.resolve("article/vores-rum.yaml")), run.out());
    }

    /**
     * A file that cannot be read as a case by anyone, root included: a named pipe. Opening one for reading blocks
     * until something writes, so samskab must refuse it before opening it, or hang.
     */
    @Test
    void aNamedPipeIsRefusedAtOnceInsteadOfWaitingForAWriter() throws Exception {
        Path pipe = temp.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString())
                .redirectErrorStream(true)
                .start();
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo is needed to make a named pipe");
        assertEquals(
                pipe + ": is not a regular file but a pipe, a device or the like; a case file must be an "
                        + "ordinary file",
                oneLine(pipe));
    }

    @Test
    void endlessDevicesAreRefusedAtOnce() {
        for (String device : List.of("/dev/zero", "/dev/urandom")) {
            Path file = Path.of(device);
            assumeTrue(Files.exists(file), device + " exists on this system");
            assertEquals(
                    device + ": is not a regular file but a pipe, a device or the like; a case file must be an "
                            + "ordinary file",
                    oneLine(file));
        }
    }

    /**
     * A file without read permission. Root reads every file whatever its mode, so this test can only run as
     * another user; as root it is skipped, and the named pipe above stands for a file that cannot be read.
     */
    @Test
    void aFileWithoutReadPermissionIsOneLine() throws IOException {
        Path file = Files.copy(Project.scenarios().resolve("article/vores-rum.yaml"), temp.resolve("locked.yaml"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "runs only as a user that file permissions apply to (not root)");
        assertEquals(file + ": cannot be read: permission denied", oneLine(file));
    }

    /** A folder without read permission inside a replayed folder: reported, and the replay goes on. */
    @Test
    void anUnreadableFolderInAReplayIsOneErrorAndTheReplayGoesOn() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("scenarios"));
        Files.copy(Project.scenarios().resolve("article/vores-rum.yaml"), folder.resolve("b-good.yaml"));
        Path locked = Files.createDirectories(folder.resolve("a-locked"));
        Files.copy(Project.scenarios().resolve("article/affaldssortering.yaml"), locked.resolve("hidden.yaml"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "runs only as a user that file permissions apply to (not root)");
            Run run = Run.of("replay", folder.toString(), "--rules", RULES);
            assertEquals(1, run.status(), run.out());
            assertTrue(
                    run.out()
                            .contains("ERROR  ?  " + locked + ": is a folder that cannot be read (permission "
                                    + "denied); the case files in it were skipped"),
                    run.out());
            assertTrue(run.out().strip().endsWith("1 passed, 0 failed, 1 errors"), run.out());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFolderWithACaseFileNameAndNoCasesIsOneLineNamingIt() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("not-a-file.yaml"));
        Run run = Run.of("classify", folder.toString(), "--rules", RULES);
        assertEquals(2, run.status());
        assertEquals(List.of("samskab: no case files (*.yaml, *.yml, *.json) found in " + folder), run.errorLines());
        Verdicts.assertNoTrace(run, folder::toString);
    }
}
