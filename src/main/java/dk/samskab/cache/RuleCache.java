package dk.samskab.cache;

import dk.samskab.engine.RuleBase;
import dk.samskab.explain.Stamp;
import dk.samskab.i18n.Message;
import dk.samskab.rules.RuleProblems;
import dk.samskab.rules.RuleSource;
import dk.samskab.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Compiled rule sets kept between runs. Each entry ({@link CacheEntry}) is a folder named by its key — a hash of
 * every rule file and of the samskab version and build, the Drools version and the Java version — in a folder that
 * samskab owns ({@link CacheFolder}); an entry is verified before it is used, and one that does not verify or load
 * is deleted, never trusted.
 */
public final class RuleCache {

    static final String MODEL = CacheEntry.MODEL;
    static final String RULES = CacheEntry.RULES;
    static final String MANIFEST = CacheEntry.MANIFEST;
    static final String TAG = CacheFolder.TAG;

    private final Path root;
    private final CacheFolder folder;

    public RuleCache(Path root) {
        this.root = root;
        this.folder = new CacheFolder(root);
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
            CacheFolder.discard(entry);
            return Optional.empty();
        }
        try {
            return Optional.of(CacheEntry.read(entry, source));
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            CacheFolder.discard(entry);
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
        folder.claim();
        folder.removeKilledBuilds();
        CacheEntry.write(root, entry(source), source, model, rules);
        folder.prune();
    }

    /**
     * Starts a separate process that stores the entry for these rules, unless one is already at it; the caller
     * goes on at once. Used after a classic build, so that the next run finds the rules cached.
     */
    public void storeInBackground(Path rulesFolder, RuleSource source) {
        try {
            folder.claim();
            BackgroundBuild.start(rulesFolder, root, root.resolve(key(source) + ".lock"));
        } catch (IOException | RuntimeException e) {
            // no cache this time; the next run compiles the rules again and tries once more
        }
    }

    /** Removes every entry and what the cache's background builders leave behind; nothing else. */
    public void clear() throws IOException {
        folder.clear();
    }

    /** The entries present, newest first. */
    public List<Path> entries() throws IOException {
        return folder.entries();
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
}
