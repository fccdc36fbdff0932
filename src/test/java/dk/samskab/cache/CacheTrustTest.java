package dk.samskab.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samskab.EditedRules;
import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.TestFiles;
import dk.samskab.rules.RuleSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule cache holds compiled rules, which run as code: a cache folder others may write in, or one that belongs to
 * another user, is refused with one line, and the run compiles the rules instead. The attack it stops: compiled
 * rules planted in a shared folder under the key of the user's own rules, with a manifest to match.
 */
class CacheTrustTest {

    private static final String HEARING =
            Project.scenarios().resolve("article/lokalplan-hoering.yaml").toString();

    @TempDir
    Path temp;

    private Path rules;

    @BeforeEach
    void copyRules() throws Exception {
        rules = EditedRules.copyOfShipped(temp.resolve("rules"));
    }

    /** The planted entry, made once (compiling takes a while): copied into each test's folder. */
    private static Path planted;

    @BeforeAll
    static void plant(@TempDir Path shared) throws Exception {
        Path own = EditedRules.copyOfShipped(shared.resolve("rules"));
        Path edited = EditedRules.copyOfShipped(shared.resolve("edited"));
        EditedRules.swapSteeredAndResponsibilising(edited);
        planted = shared.resolve("planted");
        RuleCache cache = new RuleCache(planted);
        RuleSource theirs = RuleSource.read(edited);
        cache.store(theirs);
        RuleSource ours = RuleSource.read(own);
        Path entry = Files.move(cache.entry(theirs), cache.entry(ours));
        Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(entry.resolve(RuleCache.MANIFEST))) {
            manifest.load(in);
        }
        manifest.setProperty("rules.sha256", ours.sha256());
        try (OutputStream out = Files.newOutputStream(entry.resolve(RuleCache.MANIFEST))) {
            manifest.store(out, null);
        }
    }

    /**
     * A cache folder whose entry for the shipped rules holds other rules' compiled code (steered and
     * responsibilising swapped), with the manifest rewritten to match the shipped rules.
     */
    private Path plantedCache(String name) throws Exception {
        Path folder = temp.resolve(name);
        TestFiles.copyTree(planted, folder);
        return folder;
    }

    private Run classify(Path cache) {
        return Run.of(
                "classify", HEARING, "--rules", rules.toString(), "--cache", cache.toString(), "--format", "json");
    }

    private void assertRefusedAndRightlyClassified(Path cache, String because) {
        Run run = classify(cache);
        assertEquals(0, run.status(), run.err());
        assertEquals(
                List.of("samskab: not using the rule-base cache in " + cache + ": " + because
                        + "; the rules are compiled for this run"),
                run.errorLines());
        assertTrue(run.out().contains("\"type\" : \"steered\""), "the shipped rules' result, not the planted one");
    }

    @Test
    void aPlantedEntryIsUsedFromAFolderOnlyTheUserMayWriteIn() throws Exception {
        Path cache = plantedCache("private");
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
        Run run = classify(cache);
        assertEquals(List.of(), run.errorLines());
        assertTrue(
                run.out().contains("\"type\" : \"responsibilising\""),
                "a folder only the user can write is trusted: what is in it is the user's own doing");
    }

    @Test
    void aWorldWritableCacheFolderIsRefusedWithOneLineAndTheRulesAreCompiled() throws Exception {
        Path cache = plantedCache("world");
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertRefusedAndRightlyClassified(cache, "others may write in it (mode 777); chmod go-w makes it yours alone");
    }

    @Test
    void aGroupWritableCacheFolderIsRefusedToo() throws Exception {
        Path cache = plantedCache("group");
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwx---"));
        assertRefusedAndRightlyClassified(cache, "others may write in it (mode 770); chmod go-w makes it yours alone");
    }

    @Test
    void aCacheFolderInAFolderOthersMayWriteInIsRefusedUnlessThatFolderIsSticky() throws Exception {
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Path cache = Files.move(plantedCache("inside"), shared.resolve("cache"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertRefusedAndRightlyClassified(
                cache, "others may write in " + shared + ", the folder it is in (mode 777), and could replace it");
    }

    @Test
    void aCacheFolderOwnedByAnotherUserIsRefused() throws Exception {
        Path cache = plantedCache("theirs");
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
        boolean root = "0".equals(String.valueOf(Files.getAttribute(temp, "unix:uid")));
        assumeTrue(root, "only root can give a folder to another user; as a user, /usr stands for one");
        Files.setAttribute(cache, "unix:uid", 65534);
        assertRefusedAndRightlyClassified(
                cache, "it belongs to another user (uid 65534), who could plant compiled rules in it");
    }
}
