package dk.samskab.cache;

import dk.samskab.engine.RuleBase;
import dk.samskab.explain.Stamp;
import dk.samskab.rules.RuleSource;
import dk.samskab.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * One entry's format: a folder holding the executable model ({@code model.jar}), the rules' descriptions
 * ({@code rules.json}) and a manifest with the hash of each and of the rule files. Written to a temporary folder and
 * renamed into place, so no process ever sees half an entry; read only after it verifies against its manifest.
 */
final class CacheEntry {

    static final String MODEL = "model.jar";
    static final String RULES = "rules.json";
    static final String MANIFEST = "manifest.properties";

    private CacheEntry() {}

    /**
     * The rule base stored in {@code entry} for these rule files.
     *
     * @throws IOException when the entry does not match its manifest or cannot be read
     */
    static RuleBase read(Path entry, RuleSource source) throws IOException, ReflectiveOperationException {
        Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(entry.resolve(MANIFEST))) {
            manifest.load(in);
        }
        byte[] rules = Files.readAllBytes(entry.resolve(RULES));
        if (!source.sha256().equals(manifest.getProperty("rules.sha256"))
                || !SourceText.sha256(rules).equals(manifest.getProperty(RULES))
                || !SourceText.sha256(Files.readAllBytes(entry.resolve(MODEL))).equals(manifest.getProperty(MODEL))) {
            throw new IOException("the entry does not match its manifest");
        }
        return RuleBase.of(ExecutableModel.load(entry.resolve(MODEL)), source, StoredRules.read(rules));
    }

    /** Writes the entry for these rules in {@code root} under {@code entry}'s name, atomically. */
    static void write(Path root, Path entry, RuleSource source, byte[] model, byte[] rules) throws IOException {
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
            CacheFolder.deleteTree(temporary);
        }
    }
}
