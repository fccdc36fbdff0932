package dk.samskab.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.EditedRules;
import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.loading.CaseReader;
import dk.samskab.model.Case;
import dk.samskab.rules.RuleSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule-base cache is safe: a changed rule is never served stale, a corrupt entry is rebuilt, races are harmless. */
class RuleCacheTest {

    @TempDir
    Path temp;

    private Path rules;
    private Path cacheRoot;
    private RuleCache cache;

    @BeforeEach
    void copyRules() throws Exception {
        rules = EditedRules.copyOfShipped(temp.resolve("rules"));
        cacheRoot = temp.resolve("cache");
        cache = new RuleCache(cacheRoot);
    }

    @Test
    void aStoredRuleSetLoadsFromTheCacheAndClassifiesAsTheCompiledOneDoes() throws Exception {
        RuleSource source = RuleSource.read(rules);
        assertTrue(cache.load(source).isEmpty(), "nothing cached yet");
        cache.store(source);
        RuleBase cached = cache.load(source).orElseThrow();
        RuleBase compiled = RuleBase.compile(source);
        assertEquals(
                compiled.rules().stream().toList(),
                cached.rules().stream().toList(),
                "the cached rules describe themselves as the compiled ones do");
        for (Path scenario : dk.samskab.loading.CaseFiles.below(Project.scenarios())) {
            Case facts = CaseReader.read(scenario).facts();
            var fromCache = new Engine(cached).classify(facts);
            var fromSource = new Engine(compiled).classify(facts);
            assertEquals(fromSource.type(), fromCache.type(), scenario.toString());
            assertEquals(fromSource.warningCodes(), fromCache.warningCodes(), scenario.toString());
            assertEquals(fromSource.citizenRoles(), fromCache.citizenRoles(), scenario.toString());
            assertEquals(
                    java.util.Set.copyOf(fromSource.firedRules()),
                    java.util.Set.copyOf(fromCache.firedRules()),
                    scenario.toString());
        }
    }

    @Test
    void editingOneRuleChangesTheNextResultEvenWithACache() throws Exception {
        String hearing =
                Project.scenarios().resolve("article/lokalplan-hoering.yaml").toString();
        assertEquals(
                0,
                Run.of("cache", "--build", "--rules", rules.toString(), "--cache", cacheRoot.toString())
                        .status());
        assertTrue(run(hearing).contains("\"type\" : \"steered\""));
        EditedRules.swapSteeredAndResponsibilising(rules);
        assertTrue(cache.load(RuleSource.read(rules)).isEmpty(), "the edited rules have no entry");
        assertTrue(run(hearing).contains("\"type\" : \"responsibilising\""));
    }

    @Test
    void aCorruptEntryIsDetectedDiscardedAndRebuilt() throws Exception {
        RuleSource source = RuleSource.read(rules);
        cache.store(source);
        Path model = cache.entry(source).resolve(RuleCache.MODEL);
        byte[] bytes = Files.readAllBytes(model);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(model, bytes);
        assertTrue(cache.load(source).isEmpty(), "a corrupt entry is never trusted");
        assertFalse(Files.exists(cache.entry(source)), "and is removed");
        String hearing =
                Project.scenarios().resolve("article/lokalplan-hoering.yaml").toString();
        assertTrue(run(hearing).contains("\"type\" : \"steered\""), "the run compiles the rules instead");
        cache.store(source);
        assertTrue(cache.load(source).isPresent(), "and the entry can be built again");
    }

    @Test
    void aTruncatedManifestOrMissingFileIsTreatedAsNoEntry() throws Exception {
        RuleSource source = RuleSource.read(rules);
        cache.store(source);
        Files.delete(cache.entry(source).resolve(RuleCache.RULES));
        assertTrue(cache.load(source).isEmpty());
        cache.store(source);
        Files.writeString(cache.entry(source).resolve(RuleCache.MANIFEST), "");
        assertTrue(cache.load(source).isEmpty());
    }

    @Test
    void twoProcessesBuildingTheSameEntryAtOnceLeaveAGoodEntry() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(Run.javaCommand(
                            List.of(),
                            "cache",
                            "--build",
                            "--rules",
                            rules.toString(),
                            "--cache",
                            cacheRoot.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(temp.resolve("build-" + i + ".log").toFile())
                    .start());
        }
        for (int i = 0; i < processes.size(); i++) {
            assertTrue(processes.get(i).waitFor(5, TimeUnit.MINUTES), "the build finishes");
            assertEquals(0, processes.get(i).exitValue(), Files.readString(temp.resolve("build-" + i + ".log")));
        }
        RuleSource source = RuleSource.read(rules);
        assertTrue(cache.load(source).isPresent(), "the entry verifies and loads");
        try (Stream<Path> left = Files.list(cacheRoot)) {
            assertEquals(
                    java.util.Set.of(cache.entry(source), cacheRoot.resolve(RuleCache.TAG)),
                    java.util.Set.copyOf(left.toList()),
                    "no half-built folder is left behind");
        }
    }

    @Test
    void aReportFromTheCacheIsByteIdenticalToOneFromCompiledRules() throws Exception {
        String file =
                Project.scenarios().resolve("warnings/blandede-signaler.yaml").toString();
        Run compiled = Run.of("classify", file, "--rules", rules.toString(), "--no-cache", "--format", "json");
        cache.store(RuleSource.read(rules));
        String cached = run(file);
        assertEquals(compiled.out(), cached);
    }

    @Test
    void aCacheFolderThatHoldsOtherFilesIsRefusedAndNothingInItIsDeleted() throws Exception {
        Path documents = temp.resolve("documents");
        Files.createDirectories(documents.resolve("sub"));
        Files.writeString(documents.resolve("notes.txt"), "mine");
        for (String[] command : List.of(new String[] {"cache", "--clear"}, new String[] {"cache", "--build"})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--rules", rules.toString(), "--cache", documents.toString()));
            Run run = Run.of(args.toArray(String[]::new));
            assertEquals(2, run.status(), args.toString());
            assertEquals(1, run.errorLines().size(), run.err());
            assertTrue(run.err().contains("is not a samskab cache"), run.err());
        }
        assertTrue(Files.exists(documents.resolve("notes.txt")) && Files.isDirectory(documents.resolve("sub")));
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Run onAFile = Run.of("cache", "--clear", "--cache", file.toString());
        assertEquals(2, onAFile.status());
        assertTrue(onAFile.err().contains("is not a folder"), onAFile.err());
    }

    @Test
    void aCacheFromBeforeTheTagIsAdoptedNotRefusedSoItStaysFast() throws Exception {
        RuleSource source = RuleSource.read(rules);
        cache.store(source);
        Files.delete(cacheRoot.resolve(RuleCache.TAG));
        Files.writeString(cacheRoot.resolve("build.log"), "");
        Files.writeString(cacheRoot.resolve("0123456789abcdef0123456789abcdef.lock"), "1");

        assertTrue(cache.load(source).isPresent());
        assertEquals(
                0,
                Run.of("cache", "--build", "--rules", rules.toString(), "--cache", cacheRoot.toString())
                        .status());
        assertTrue(Files.isRegularFile(cacheRoot.resolve(RuleCache.TAG)), "the folder is marked as a cache now");
        assertEquals(List.of(cache.entry(source)), cache.entries());
    }

    @Test
    void clearingRemovesTheEntriesAndLeavesTheMarkedFolder() throws Exception {
        cache.store(RuleSource.read(rules));
        assertEquals(1, cache.entries().size());
        assertEquals(
                0, Run.of("cache", "--clear", "--cache", cacheRoot.toString()).status());
        assertEquals(List.of(), cache.entries());
        try (Stream<Path> left = Files.list(cacheRoot)) {
            assertEquals(List.of(cacheRoot.resolve(RuleCache.TAG)), left.toList());
        }
    }

    @Test
    void theKeyDependsOnEveryRuleFile() throws Exception {
        String before = RuleCache.key(RuleSource.read(rules));
        Files.writeString(
                rules.resolve("warnings.drl"), Files.readString(rules.resolve("warnings.drl")) + "\n// note\n");
        assertNotEquals(before, RuleCache.key(RuleSource.read(rules)));
    }

    private String run(String scenario) {
        Run run = Run.of(
                "classify", scenario, "--rules", rules.toString(), "--cache", cacheRoot.toString(), "--format", "json");
        assertEquals(0, run.status(), run.err());
        return run.out();
    }

    @Test
    void aPlainFileWhereAnEntrysFolderShouldBeIsRemovedAndTheEntryStored() throws Exception {
        RuleSource source = RuleSource.read(rules);
        Files.createDirectories(cacheRoot);
        Files.writeString(cache.entry(source), "not an entry");
        assertTrue(cache.load(source).isEmpty());
        cache.store(source);
        assertTrue(Files.isDirectory(cache.entry(source)));
        assertTrue(cache.load(source).isPresent(), "the entry is stored and loads");
    }

    @Test
    void theBackgroundBuilderThatCannotStoreWritesOneLineNotAStackTrace() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("plain-file"), "x");
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.out;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            BuildCache.main(new String[] {
                rules.toString(), notAFolder.toString(), temp.resolve("k.lock").toString()
            });
        } finally {
            System.setOut(before);
        }
        assertEquals(
                List.of("cannot cache the rules in " + notAFolder + ": " + notAFolder + " is not a folder"),
                printed.toString(java.nio.charset.StandardCharsets.UTF_8)
                        .lines()
                        .toList());
    }

    @Test
    void theHalfBuiltEntryOfAKilledBuilderIsRemovedByTheNextBuildAndARunningOnesIsNot() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Process alive = new ProcessBuilder("sleep", "60").start();
        try {
            Path killed = Files.createDirectories(cacheRoot.resolve(".building-" + gone.pid() + "-1"));
            Files.writeString(killed.resolve(RuleCache.MODEL), "half");
            Path running = Files.createDirectories(cacheRoot.resolve(".building-" + alive.pid() + "-2"));
            java.nio.file.attribute.FileTime yesterday = java.nio.file.attribute.FileTime.from(
                    java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
            Files.setLastModifiedTime(killed, yesterday);
            Files.setLastModifiedTime(running, yesterday);
            Files.setPosixFilePermissions(
                    cacheRoot, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));

            cache.store(RuleSource.read(rules));

            assertFalse(Files.exists(killed), "the killed builder's half entry is gone");
            assertTrue(Files.exists(running), "a running builder's stays");
        } finally {
            alive.destroyForcibly();
        }
    }
}
