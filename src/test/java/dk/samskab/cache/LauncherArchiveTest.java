package dk.samskab.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher checks the start-up archive against the size and CRC recorded when it was made before it lets the
 * JVM map it: a truncated archive crashed every command with SIGBUS (exit 134 and an hs_err file), a byte-flipped
 * one with an OutOfMemoryError or InternalError, and it never healed. Runs the real launcher on an install made
 * here (a jar of target/classes beside its libraries, the layout {@code mvn package} makes), whose archive is made
 * by the real background training.
 */
class LauncherArchiveTest {

    private static final String HEARING =
            Project.scenarios().resolve("article/lokalplan-hoering.yaml").toString();

    @TempDir
    Path temp;

    private Path home;
    private Path archive;
    private Path cache;

    @BeforeEach
    void install() throws Exception {
        home = Files.createDirectories(temp.resolve("home"));
        Path lib = Files.createDirectories(home.resolve("target/lib"));
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(jar)) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
                classPath.add("lib/" + jar.getFileName());
            }
        }
        jar(Project.home().resolve("target/classes"), home.resolve("target/samskab.jar"), classPath);
        Files.copy(Project.home().resolve("samskab"), home.resolve("samskab"));
        home.resolve("samskab").toFile().setExecutable(true);
        TestFiles.copyTree(Project.rulesFolder(), home.resolve("rules"));
        archive = home.resolve("target/samskab.jsa");
        cache = temp.resolve("cache");
    }

    private static void jar(Path classes, Path jar, List<String> classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dk.samskab.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream entries = new JarOutputStream(out, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(entries);
                }
                entries.closeEntry();
            }
        }
    }

    private record Launched(int status, String out, String err) {}

    private Launched launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("samskab").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().put("SAMSKAB_CACHE", cache.toString());
        builder.environment().remove("SAMSKAB_JAVA_OPTS");
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the launcher ends");
        return new Launched(
                process.exitValue(),
                new String(out, StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    /**
     * Trains the archive as a user's runs do: the first run compiles the rules and caches them in the background,
     * the next loads them from the cache and trains the archive in the background.
     */
    private void train() throws Exception {
        assertEquals(0, launch("classify", HEARING).status());
        await(() -> !new RuleCache(cache).entries().isEmpty() && locks(cache).isEmpty(), "the rules are cached");
        assertEquals(0, launch("classify", HEARING).status());
        await(
                () -> Files.exists(StartupArchive.record(archive))
                        && locks(archive.getParent()).isEmpty(),
                "an archive is trained and recorded");
        assertTrue(Files.exists(archive));
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (!condition.holds()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(250);
        }
    }

    private static List<Path> locks(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".lock"))
                    .toList();
        }
    }

    private List<String> crashLogs() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("hs_err"))
                    .toList();
        }
    }

    @Test
    void aTruncatedOrByteFlippedArchiveIsRemovedAndTheRunClassifiesAsWithout() throws Exception {
        train();
        byte[] good = Files.readAllBytes(archive);
        String recorded = Files.readString(StartupArchive.record(archive));
        Launched withArchive = launch("classify", HEARING);
        assertEquals(0, withArchive.status(), withArchive.err());
        assertTrue(Files.exists(archive), "an archive that verifies is used and kept");
        assertTrue(withArchive.out().contains("Type: Steered"), withArchive.out());

        archive.toFile().setWritable(true);
        try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
            file.setLength(100_000); // the attack: truncate -s 100000 target/samskab.jsa
        }
        Launched truncated = launch("classify", HEARING);
        assertEquals(0, truncated.status(), truncated.err());
        assertEquals(withArchive.out(), truncated.out());
        assertEquals("", truncated.err(), "quiet without --debug");
        assertFalse(Files.exists(archive), "a damaged archive is removed");
        assertEquals(List.of(), crashLogs());

        Files.write(archive, flipped(good));
        Files.writeString(StartupArchive.record(archive), recorded);
        Launched flipped = launch("classify", HEARING, "--debug");
        assertEquals(0, flipped.status(), flipped.err());
        assertEquals(withArchive.out(), flipped.out());
        assertEquals(
                1,
                flipped.err()
                        .lines()
                        .filter(
                                line -> line.equals(
                                        "samskab: the start-up archive " + archive
                                                + " does not match its recorded size and checksum; removed, this run starts without it"))
                        .count(),
                flipped.err());
        assertFalse(Files.exists(archive));
        assertEquals(List.of(), crashLogs());
    }

    /** The archive with bytes flipped here and there past its header. */
    private static byte[] flipped(byte[] archive) {
        byte[] bytes = archive.clone();
        for (int at = 4_096; at < bytes.length; at += bytes.length / 64) {
            bytes[at] = (byte) ~bytes[at];
        }
        return bytes;
    }
}
