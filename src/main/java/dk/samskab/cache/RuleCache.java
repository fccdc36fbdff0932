package dk.samskab.cache;

import dk.samskab.engine.RuleBase;
import dk.samskab.explain.Stamp;
import dk.samskab.i18n.Message;
import dk.samskab.rules.RuleProblems;
import dk.samskab.rules.RuleSource;
import dk.samskab.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compiled rule sets kept between runs. Each entry is a folder named by its key — a hash of every rule file and of
 * the samskab version and build, the Drools version and the Java version — holding the executable model ({@code model.jar}), the rules'
 * descriptions ({@code rules.json}) and a manifest with the hash of each. An entry is written to a temporary folder
 * and renamed into place, so no process ever sees half an entry; it is verified against its manifest before it is
 * used, and an entry that does not verify or load is deleted, never trusted.
 */
public final class RuleCache {

    static final String MODEL = "model.jar";
    static final String RULES = "rules.json";
    static final String MANIFEST = "manifest.properties";
    static final String TAG = "CACHEDIR.TAG";
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern BUILDING = Pattern.compile("\\.building-(\\d{1,18})-\\d+");

    /** Entries kept; older ones are removed when a new one is stored. */
    private static final int KEEP = 10;

    /** A build lock older than this is taken to belong to a builder that died. */
    private static final Duration STALE_LOCK = Duration.ofMinutes(10);

    private final Path root;

    public RuleCache(Path root) {
        this.root = root;
    }

    /** {@code $SAMSKAB_CACHE}, else {@code $XDG_CACHE_HOME/samskab}, else {@code ~/.cache/samskab}. */
    public static Path defaultRoot() {
        String explicit = System.getProperty("samskab.cache.dir", System.getenv("SAMSKAB_CACHE"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("samskab");
    }

    public Path root() {
        return root;
    }

    /** The entry's name for a rule set. */
    public static String key(RuleSource source) {
        String identity = source.sha256() + "\n" + Stamp.currentVersion() + "\n" + Stamp.currentBuild() + "\n"
                + Stamp.currentDroolsVersion() + "\n" + System.getProperty("java.version");
        return SourceText.sha256(identity.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    public Path entry(RuleSource source) {
        return root.resolve(key(source));
    }

    /**
     * Why this cache may not be used, if it may not: its entries are compiled rules, which run as code, so (as ssh
     * asks of {@code ~/.ssh}) the folder must be the user's own and writable by no one else, and the folder it is
     * in must not let others replace it. A folder not made yet is judged by the folder it would be made in.
     */
    public Optional<Message> distrust() {
        return Trust.of(root);
    }

    /** The cached rule base for exactly these rule files, or empty when there is none that verifies and loads. */
    public Optional<RuleBase> load(RuleSource source) {
        Path entry = entry(source);
        if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            // a plain file or a link where the entry's folder should be is no entry, and would block it for good
            discard(entry);
            return Optional.empty();
        }
        try {
            Properties manifest = new Properties();
            try (InputStream in = Files.newInputStream(entry.resolve(MANIFEST))) {
                manifest.load(in);
            }
            byte[] rules = Files.readAllBytes(entry.resolve(RULES));
            if (!source.sha256().equals(manifest.getProperty("rules.sha256"))
                    || !SourceText.sha256(rules).equals(manifest.getProperty(RULES))
                    || !SourceText.sha256(Files.readAllBytes(entry.resolve(MODEL)))
                            .equals(manifest.getProperty(MODEL))) {
                throw new IOException("the entry does not match its manifest");
            }
            return Optional.of(
                    RuleBase.of(ExecutableModel.load(entry.resolve(MODEL)), source, StoredRules.read(rules)));
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            discard(entry);
            return Optional.empty();
        }
    }

    /**
     * Builds and stores the entry for these rules: the classic build (for the rules' descriptions, and to fail
     * with positions on a broken rule) and the executable model. Safe when several processes do it at once.
     */
    public void store(RuleSource source) throws RuleProblems, IOException {
        RuleBase classic = RuleBase.compile(source);
        byte[] model = ExecutableModel.build(source);
        byte[] rules = StoredRules.write(List.copyOf(classic.rules()));
        claim(root);
        Path entry = entry(source);
        removeKilledBuilds();
        Path temporary = Files.createTempDirectory(
                root, ".building-" + ProcessHandle.current().pid() + "-");
        try {
            Files.write(temporary.resolve(MODEL), model);
            Files.write(temporary.resolve(RULES), rules);
            Properties manifest = new Properties();
            manifest.setProperty("rules.sha256", source.sha256());
            manifest.setProperty(MODEL, SourceText.sha256(model));
            manifest.setProperty(RULES, SourceText.sha256(rules));
            manifest.setProperty("samskab", Stamp.currentVersion());
            manifest.setProperty("drools", Stamp.currentDroolsVersion());
            try (OutputStream out = Files.newOutputStream(temporary.resolve(MANIFEST))) {
                manifest.store(out, "samskab rule-base cache entry");
            }
            if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(entry); // a plain file or a link in the entry's place: not an entry, and in the way
            }
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isDirectory(entry)) {
                    throw e;
                }
                // another process stored the same entry first; theirs is as good as ours
            }
        } finally {
            deleteTree(temporary);
        }
        prune();
    }

    /**
     * Starts a separate process that stores the entry for these rules, unless one is already at it; the caller
     * goes on at once. Used after a classic build, so that the next run finds the rules cached.
     */
    public void storeInBackground(Path rulesFolder, RuleSource source) {
        try {
            claim(root);
            Path lock = root.resolve(key(source) + ".lock");
            if (Files.exists(lock)
                    && Files.getLastModifiedTime(lock)
                            .toInstant()
                            .isAfter(Instant.now().minus(STALE_LOCK))) {
                return;
            }
            Files.deleteIfExists(lock);
            Files.writeString(
                    lock, String.valueOf(ProcessHandle.current().pid()), java.nio.file.StandardOpenOption.CREATE_NEW);
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new java.util.ArrayList<>();
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
            new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            root.resolve("build.log").toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            // no cache this time; the next run compiles the rules again and tries once more
        }
    }

    /**
     * Makes sure {@code folder} is a samskab cache before anything is written to it or removed from it: a new or
     * empty folder becomes one (marked with the standard {@code CACHEDIR.TAG}, readable and writable by its owner
     * only, as the cache holds compiled rules, which run as code), and so does one holding only what samskab writes
     * there (a cache from before the tag); a folder holding anything else is refused, so that {@code --cache}
     * pointed at the wrong folder never deletes a file it did not write.
     */
    private static void claim(Path folder) throws IOException {
        Optional<Message> distrusted = Trust.of(folder);
        if (distrusted.isPresent()) {
            throw new Distrusted(distrusted.get());
        }
        Path tag = folder.resolve(TAG);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        if (Files.isRegularFile(tag)) {
            return;
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> inside = Files.list(folder)) {
                if (!inside.allMatch(RuleCache::isOurs)) {
                    throw new IOException(
                            folder + " holds other files and is not a samskab cache; name a new or " + "empty folder");
                }
            }
        } else {
            Files.createDirectories(folder);
            try {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the platform's defaults apply
            }
        }
        Files.writeString(
                tag,
                "Signature: 8a477f597d28d172789f06886806bc55\n"
                        + "# samskab's rule-base cache: compiled rules, rebuilt when missing (see https://bford.info/cachedir/)\n");
    }

    /** Removes every entry and what the cache's background builders leave behind; nothing else. */
    public void clear() throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        claim(root);
        for (Path entry : entries()) {
            deleteTree(entry);
        }
        try (Stream<Path> inside = Files.list(root)) {
            for (Path leftover : inside.filter(RuleCache::isLeftover).toList()) {
                deleteTree(leftover);
            }
        }
    }

    /** The entries present, newest first: folders named by a key that hold a manifest. */
    public List<Path> entries() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> KEY.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p.resolve(MANIFEST)))
                    .sorted(Comparator.comparing(RuleCache::modified).reversed())
                    .toList();
        }
    }

    /** An entry (a folder named by a key, holding a manifest) or something the background builders leave. */
    private static boolean isOurs(Path path) {
        return isLeftover(path)
                || (KEY.matcher(path.getFileName().toString()).matches()
                        && Files.isRegularFile(path.resolve(MANIFEST)));
    }

    private static boolean isLeftover(Path path) {
        String name = path.getFileName().toString();
        return name.equals("build.log")
                || name.startsWith(".building-")
                || (name.startsWith("training-") && name.endsWith(".yaml"))
                || (name.endsWith(".lock")
                        && KEY.matcher(name.substring(0, name.length() - 5)).matches());
    }

    /**
     * Removes the half-built entries of builders that were killed ({@code .building-PID-N}, of a process that is
     * gone, older than this one): nothing else would, short of {@code cache --clear}.
     */
    private void removeKilledBuilds() {
        Instant began = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        try (Stream<Path> inside = Files.list(root)) {
            for (Path folder : inside.toList()) {
                Matcher building = BUILDING.matcher(folder.getFileName().toString());
                if (building.matches()
                        && ProcessHandle.of(Long.parseLong(building.group(1)))
                                .filter(ProcessHandle::isAlive)
                                .isEmpty()
                        && modified(folder).toInstant().isBefore(began)) {
                    deleteTree(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a half-built entry that stays is only space; cache --clear removes it
        }
    }

    private void prune() throws IOException {
        List<Path> entries = entries();
        for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
            deleteTree(old);
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void discard(Path entry) {
        try {
            deleteTree(entry);
        } catch (IOException e) {
            // a leftover entry is verified, and discarded, again next time
        }
    }

    /** The cache may not be used, for the reason given. */
    public static final class Distrusted extends IOException {

        private final transient Message reason;

        Distrusted(Message reason) {
            super(reason.key());
            this.reason = reason;
        }

        public Message reason() {
            return reason;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
