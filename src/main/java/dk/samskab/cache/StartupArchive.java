package dk.samskab.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class-data-sharing archive the launcher starts the JVM with ({@code -XX:SharedArchiveFile}): made by a
 * training run in the background — a classify of a sample case in every report format
 * ({@code dk.samskab.cli.ArchiveTraining}) with the rules loaded from the cache, never a run
 * that compiles DRL (dumping from one crashed JDK 17.0.15) — then tried: the same classify is run again with the
 * new archive, and only if it succeeds is the archive renamed into place. JDK 17.0.15 has crashed on start-up with
 * an archive it wrote itself (a lambda proxy it could not load); a tried archive cannot do that to a user's run.
 *
 * <p>Its size and CRC ({@code cksum}'s line) are recorded beside it ({@code samskab.jsa.sum}) when it is put in
 * place, and the launcher checks them before it starts the JVM with the archive: the JVM maps the archive before
 * samskab's code runs, and a truncated or damaged one crashed every command (SIGBUS, or an OutOfMemoryError). One
 * that does not match is removed by the launcher, and a new one is trained here, since no archive is trained for
 * the key any more.
 */
public final class StartupArchive {

    private StartupArchive() {}

    /**
     * Starts the training run for {@code archive} unless it was trained for the rule set {@code key} (the cache key:
     * the archive also holds that rule set's generated classes) or a training run is going. {@code rulesFolder}
     * must have an entry in {@code cacheRoot}, so that the training run loads the rules rather than compiling them.
     */
    public static void trainInBackground(Path archive, Path rulesFolder, Path cacheRoot, String key) {
        Path lock = archive.resolveSibling(archive.getFileName() + ".lock");
        Path trainedFor = archive.resolveSibling(archive.getFileName() + ".key");
        Path failedFor = archive.resolveSibling(archive.getFileName() + ".failed");
        Path recorded = record(archive);
        Path sample = null;
        try {
            if ((Files.exists(archive)
                            && Files.exists(recorded)
                            && Files.exists(trainedFor)
                            && Files.readString(trainedFor).equals(key))
                    || (Files.exists(failedFor) && Files.readString(failedFor).equals(key))) {
                return;
            }
            if (!BuilderLock.take(lock)) {
                return;
            }
            sample = Files.createTempFile(cacheRoot, "training-", ".yaml");
            try (InputStream in = StartupArchive.class.getResourceAsStream("training-case.yaml")) {
                Files.write(sample, in.readAllBytes());
            }
            Path partial = archive.resolveSibling(
                    archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            String java = ProcessHandle.current().info().command().orElse("java");
            Path crashLog = archive.resolveSibling(
                    archive.getFileName() + "." + ProcessHandle.current().pid() + ".err");
            List<String> classify = List.of(
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off",
                    "-XX:ErrorFile=" + crashLog,
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                    "dk.samskab.cli.ArchiveTraining",
                    sample.toString(),
                    rulesFolder.toString(),
                    cacheRoot.toString());
            List<String> train = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + partial));
            train.addAll(classify);
            List<String> tryIt = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + partial));
            tryIt.addAll(classify);
            Path partialRecord = archive.resolveSibling(
                    archive.getFileName() + "." + ProcessHandle.current().pid() + ".sum");
            // An archive that fails its trial is not tried again for the same rules and build (failedFor). The one
            // that passes is recorded (size and CRC) before it is renamed into place, for the launcher to check.
            String script = "if " + quote(train) + " >/dev/null 2>&1 && " + quote(tryIt) + " >/dev/null 2>&1; then "
                    + "cksum < " + quote(List.of(partial.toString())) + " > "
                    + quote(List.of(partialRecord.toString()))
                    + " && mv -f " + quote(List.of(partial.toString())) + " " + quote(List.of(archive.toString()))
                    + " && mv -f " + quote(List.of(partialRecord.toString())) + " "
                    + quote(List.of(recorded.toString()))
                    + " && printf %s " + quote(List.of(key)) + " > " + quote(List.of(trainedFor.toString()))
                    + " && rm -f " + quote(List.of(failedFor.toString())) + "; else printf %s " + quote(List.of(key))
                    + " > " + quote(List.of(failedFor.toString()))
                    + "; fi; rm -f "
                    + quote(List.of(
                            partial.toString(),
                            partialRecord.toString(),
                            crashLog.toString(),
                            sample.toString(),
                            lock.toString()));
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
                command.addAll(List.of("/usr/bin/nice", "-n", "10"));
            }
            command.addAll(List.of("/bin/sh", "-c", script));
            Detached.start(command, Path.of("/dev/null"));
        } catch (IOException | RuntimeException e) {
            // no archive this time: start-up is slower, nothing else changes
            try {
                Files.deleteIfExists(lock);
                if (sample != null) {
                    Files.deleteIfExists(sample);
                }
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** Where the size and CRC of {@code archive} are recorded: {@code cksum}'s line for it, which the launcher checks. */
    public static Path record(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".sum");
    }

    private static String quote(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(out.length() == 0 ? "" : " ")
                    .append('\'')
                    .append(word.replace("'", "'\\''"))
                    .append('\'');
        }
        return out.toString();
    }
}
