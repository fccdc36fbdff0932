package dk.samskab.cache;

import dk.samskab.i18n.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cache's folder and what samskab may do in it: make it a cache (and refuse a folder that holds anything else),
 * list its entries, remove old and half-built ones, and clear it — never touching a file samskab did not write.
 */
final class CacheFolder {

    static final String TAG = "CACHEDIR.TAG";
    static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern BUILDING = Pattern.compile("\\.building-(\\d{1,18})-\\d+");

    /** Entries kept; older ones are removed when a new one is stored. */
    private static final int KEEP = 10;

    private final Path root;

    CacheFolder(Path root) {
        this.root = root;
    }

    /**
     * Makes sure the folder is a samskab cache before anything is written to it or removed from it: a new or empty
     * folder becomes one (marked with the standard {@code CACHEDIR.TAG}, readable and writable by its owner only, as
     * the cache holds compiled rules, which run as code), and so does one holding only what samskab writes there (a
     * cache from before the tag); a folder holding anything else is refused, so that {@code --cache} pointed at the
     * wrong folder never deletes a file it did not write.
     */
    void claim() throws IOException {
        Optional<Message> distrusted = Trust.of(root);
        if (distrusted.isPresent()) {
            throw new RuleCache.Distrusted(distrusted.get());
        }
        Path tag = root.resolve(TAG);
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IOException(root + " is not a folder");
        }
        if (Files.isRegularFile(tag)) {
            return;
        }
        if (Files.isDirectory(root)) {
            try (Stream<Path> inside = Files.list(root)) {
                if (!inside.allMatch(CacheFolder::isOurs)) {
                    throw new IOException(
                            root + " holds other files and is not a samskab cache; name a new or " + "empty folder");
                }
            }
        } else {
            Files.createDirectories(root);
            try {
                Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the platform's defaults apply
            }
        }
        Files.writeString(
                tag,
                "Signature: 8a477f597d28d172789f06886806bc55\n"
                        + "# samskab's rule-base cache: compiled rules, rebuilt when missing (see https://bford.info/cachedir/)\n");
    }

    /** The entries present, newest first: folders named by a key that hold a manifest. */
    List<Path> entries() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(CacheFolder::isEntry)
                    .sorted(Comparator.comparing(CacheFolder::modified).reversed())
                    .toList();
        }
    }

    /** Removes every entry and what the cache's background builders leave behind; nothing else. */
    void clear() throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        claim();
        for (Path entry : entries()) {
            deleteTree(entry);
        }
        try (Stream<Path> inside = Files.list(root)) {
            for (Path leftover : inside.filter(CacheFolder::isLeftover).toList()) {
                deleteTree(leftover);
            }
        }
    }

    /** Keeps the newest entries and removes the rest. */
    void prune() throws IOException {
        List<Path> entries = entries();
        for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
            deleteTree(old);
        }
    }

    /**
     * Removes the half-built entries of builders that were killed ({@code .building-PID-N}, of a process that is
     * gone, older than this one): nothing else would, short of {@code cache --clear}.
     */
    void removeKilledBuilds() {
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

    /** Removes an entry that did not verify or load; one that cannot be removed is verified again next time. */
    static void discard(Path entry) {
        try {
            deleteTree(entry);
        } catch (IOException e) {
            // a leftover entry is verified, and discarded, again next time
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

    private static boolean isEntry(Path path) {
        return KEY.matcher(path.getFileName().toString()).matches()
                && Files.isRegularFile(path.resolve(CacheEntry.MANIFEST));
    }

    /** An entry or something the background builders leave. */
    private static boolean isOurs(Path path) {
        return isLeftover(path) || isEntry(path);
    }

    private static boolean isLeftover(Path path) {
        String name = path.getFileName().toString();
        return name.equals("build.log")
                || name.startsWith(".building-")
                || (name.startsWith("training-") && name.endsWith(".yaml"))
                || (name.endsWith(".lock")
                        && KEY.matcher(name.substring(0, name.length() - 5)).matches());
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
