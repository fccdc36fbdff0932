package dk.samskab.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samskab.EditedRules;
import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.cli.ExitStatus;
import dk.samskab.loading.CaseFiles;
import dk.samskab.text.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost or half-written: reports are written whole or not at all, never over an input, a scenario or a
 * rule file, and the same case gives the same JSON every time.
 */
class OutputSafetyTest {

    private static final String RULES = Project.rulesFolder().toString();
    private static final String OLD = "the report of yesterday\n";
    private static final String HEARING =
            Project.scenarios().resolve("article/lokalplan-hoering.yaml").toString();

    @TempDir
    Path temp;

    private static List<Path> folderContents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aWriteInterruptedHalfwayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path report = Files.writeString(temp.resolve("report.md"), OLD);
        IOException interrupted = assertThrows(
                IOException.class,
                () -> AtomicFile.write(report, writer -> {
                    writer.write("# The new report, half written");
                    writer.flush();
                    throw new IOException("interrupted");
                }));
        assertEquals("interrupted", interrupted.getMessage());
        assertEquals(OLD, Files.readString(report));
        assertEquals(List.of(report), folderContents(temp), "no temporary file is left behind");
    }

    @Test
    void outThroughASymbolicLinkKeepsTheLinkAndWritesTheFileItPointsTo() throws IOException {
        Path report = Files.writeString(temp.resolve("report.md"), OLD);
        Path link = Files.createSymbolicLink(temp.resolve("latest.md"), report.getFileName());
        Run run = Run.of("classify", HEARING, "--rules", RULES, "--format", "markdown", "--out", link.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readString(report).startsWith("# "), Files.readString(report));
        assertEquals(List.of(link, report), folderContents(temp));
    }

    @Test
    void junitIntoAPipeIsWrittenToThePipeNotPutInItsPlace() throws Exception {
        Path pipe = temp.resolve("junit.pipe");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "no mkfifo here");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Run run = Run.of(
                "replay",
                Project.scenarios().resolve("article").toString(),
                "--rules",
                RULES,
                "--junit",
                pipe.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(read.get(60, TimeUnit.SECONDS).contains("<testsuite name=\"samskab replay\""));
        assertFalse(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS), "the pipe is still a pipe");
        assertEquals(List.of(pipe), folderContents(temp), "no temporary file beside the pipe");
    }

    @Test
    void aFullDiskOnStandardOutputIsOneLineAndStatusTwo() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "no /dev/full here");
        Process process = new ProcessBuilder(Run.javaCommand(List.of(), "classify", HEARING, "--rules", RULES))
                .redirectOutput(full.toFile())
                .start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitStatus.BAD_INPUT, process.waitFor());
        assertEquals("samskab: cannot write the standard output: No space left on device", err.strip());
    }

    @Test
    void aReaderThatLeavesEarlyIsNoErrorAsForAnyUnixTool() throws Exception {
        Process process = new ProcessBuilder(
                        Run.javaCommand(List.of(), "replay", Project.scenarios().toString(), "--rules", RULES))
                .start();
        process.getInputStream().close();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), err);
        assertEquals("", err);
    }

    @Test
    void outReplacesTheOldReportOnlyWhenTheNewOneIsComplete() throws IOException {
        Path report = Files.writeString(temp.resolve("report.json"), OLD);
        Path good = Project.scenarios().resolve("article/vores-rum.yaml");
        Run run = Run.of("classify", good.toString(), "--rules", RULES, "--format", "json", "--out", report.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.readString(report).startsWith("{"), "the new report replaced the old one");
        assertEquals(List.of(report), folderContents(temp));
    }

    @Test
    void aRunThatFailsOnItsInputLeavesTheOldReportUntouched() throws IOException {
        Path report = Files.writeString(temp.resolve("report.md"), OLD);
        FileTime written = Files.getLastModifiedTime(report);
        Path bad = Files.writeString(temp.resolve("bad.yaml"), "id: bad\n\ttitle: t\n");
        Run run = Run.of("classify", bad.toString(), "--rules", RULES, "--out", report.toString());
        assertEquals(2, run.status());
        assertEquals(OLD, Files.readString(report));
        assertEquals(written, Files.getLastModifiedTime(report));
    }

    @Test
    void outRefusesAnInputFileAlsoThroughASymbolicLink() throws IOException {
        Path input = Files.copy(Project.scenarios().resolve("article/vores-rum.yaml"), temp.resolve("case.yaml"));
        String before = Files.readString(input);
        Path link = Files.createSymbolicLink(temp.resolve("report.md"), input.getFileName());
        Run run = Run.of("classify", input.toString(), "--rules", RULES, "--out", link.toString());
        assertEquals(2, run.status());
        assertEquals(
                List.of("samskab: --out " + link + " is one of the input files; choose another file"),
                run.errorLines());
        assertEquals(before, Files.readString(input));
    }

    @Test
    void outRefusesARuleFileAndAnythingInTheRulesFolder() throws IOException {
        Path rules = EditedRules.copyOfShipped(temp.resolve("rules"));
        Path typology = rules.resolve("typology.drl");
        String before = Files.readString(typology);
        Path input = Project.scenarios().resolve("article/vores-rum.yaml");
        for (Path target : List.of(typology, rules.resolve("new-report.md"))) {
            Run run = Run.of("classify", input.toString(), "--rules", rules.toString(), "--out", target.toString());
            assertEquals(2, run.status(), target.toString());
            assertEquals(
                    List.of("samskab: --out " + target + " is in the rules folder; rule files are never "
                            + "overwritten"),
                    run.errorLines());
        }
        assertEquals(before, Files.readString(typology));
        assertTrue(Files.notExists(rules.resolve("new-report.md")));
        Run danish = Run.of(
                "classify",
                input.toString(),
                "--rules",
                rules.toString(),
                "--out",
                typology.toString(),
                "--lang",
                "da");
        assertEquals(
                List.of("samskab: --out " + typology + " ligger i regelmappen; regelfiler overskrives aldrig"),
                danish.errorLines());
    }

    @Test
    void junitRefusesToOverwriteAScenarioOrARuleFile() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("scenarios"));
        Path scenario = Files.copy(Project.scenarios().resolve("article/vores-rum.yaml"), folder.resolve("a.yaml"));
        String before = Files.readString(scenario);
        Run run = Run.of("replay", folder.toString(), "--rules", RULES, "--junit", scenario.toString());
        assertEquals(2, run.status());
        assertEquals(
                List.of("samskab: --junit " + scenario + " is one of the input files; choose another file"),
                run.errorLines());
        assertEquals(before, Files.readString(scenario));
        assertEquals(List.of(scenario), folderContents(folder));
    }

    @Test
    void replayReadsScenariosAndWritesNothingBesideThem() throws IOException {
        Path folder = temp.resolve("scenarios");
        List<Path> copies = new ArrayList<>();
        for (Path file : CaseFiles.below(Project.scenarios())) {
            Path copy = folder.resolve(Project.scenarios().relativize(file));
            Files.createDirectories(copy.getParent());
            copies.add(Files.copy(file, copy));
        }
        List<String> before = new ArrayList<>();
        for (Path copy : copies) {
            before.add(Files.readString(copy) + Files.getLastModifiedTime(copy));
        }
        Run run = Run.of("replay", folder.toString(), "--rules", RULES, "--format", "json");
        assertEquals(0, run.status(), run.err());
        List<String> after = new ArrayList<>();
        for (Path copy : copies) {
            after.add(Files.readString(copy) + Files.getLastModifiedTime(copy));
        }
        assertEquals(before, after);
        assertEquals(copies.size(), CaseFiles.below(folder).size(), "no file was added");
        try (Stream<Path> all = Files.walk(folder)) {
            assertEquals(copies.size(), all.filter(Files::isRegularFile).count(), "nothing else was written there");
        }
    }

    @Test
    void everyScenarioAndOddButValidFileClassifiedTwiceGivesByteIdenticalJson() throws IOException {
        List<Path> files = new ArrayList<>(CaseFiles.below(Project.scenarios()));
        files.addAll(CaseFiles.below(Project.home().resolve("src/test/resources/odd-but-valid")));
        for (Path file : files) {
            Run first = Run.of("classify", file.toString(), "--rules", RULES, "--format", "json");
            Run second = Run.of("classify", file.toString(), "--rules", RULES, "--format", "json");
            assertEquals(0, first.status(), file + ": " + first.err());
            assertEquals(first.out(), second.out(), file.toString());
        }
    }

    @Test
    void oddButValidFilesAreAccepted() throws IOException {
        Path folder = Project.home().resolve("src/test/resources/odd-but-valid");
        byte[] bom = Files.readAllBytes(folder.resolve("utf8-bom.yaml"));
        assertTrue((bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF, "starts with a BOM");
        assertTrue(Files.readString(folder.resolve("crlf-line-endings.yaml")).contains("\r\n"), "has CRLF line ends");
        Run run = Run.of("replay", folder.toString(), "--rules", RULES);
        assertEquals(0, run.status(), run.out());
        int files = CaseFiles.below(folder).size();
        assertTrue(run.out().strip().endsWith(files + " passed, 0 failed"), run.out());
    }

    // --- issue 11 -----------------------------------------------------------------------------------------------

    @Test
    void outThroughALinkedFolderIntoTheRulesFolderIsRefusedAndNoFileAppearsThere() throws IOException {
        Path rules = EditedRules.copyOfShipped(temp.resolve("rules"));
        List<Path> before = folderContents(rules);
        Path reports = Files.createSymbolicLink(temp.resolve("reports"), rules);
        Path linkedRules = Files.createSymbolicLink(temp.resolve("linked-rules"), rules);
        Path scenarios = Files.createDirectories(temp.resolve("scenarios"));
        Files.copy(Project.scenarios().resolve("article/vores-rum.yaml"), scenarios.resolve("a.yaml"));
        List<List<String>> attempts = List.of(
                List.of("classify", HEARING, "--rules", rules.toString(), "--out", reports + "/zzz.drl"),
                List.of("classify", HEARING, "--rules", linkedRules.toString(), "--out", rules + "/zzz.drl"),
                List.of("replay", scenarios.toString(), "--rules", rules.toString(), "--junit", reports + "/zzz.drl"));
        for (List<String> args : attempts) {
            Run run = Run.of(args.toArray(String[]::new));
            assertEquals(ExitStatus.BAD_INPUT, run.status(), args.toString());
            String option = args.get(args.size() - 2);
            assertEquals(
                    List.of("samskab: " + option + " " + args.get(args.size() - 1)
                            + " is in the rules folder; rule files are never overwritten"),
                    run.errorLines(),
                    args.toString());
            assertEquals(before, folderContents(rules), "nothing new in the rules folder");
        }
        assertEquals(0, Run.of("validate", "--rules", rules.toString()).status(), "the rules still load");
    }

    @Test
    void aTemporaryFileLeftByAKilledRunIsRemovedByTheNextRunAndNothingElseIs() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("reports"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Process alive = new ProcessBuilder("sleep", "60").start();
        try {
            FileTime yesterday = FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
            Path killed = Files.writeString(folder.resolve(".report.json.samskab-" + gone.pid() + "-123.tmp"), "{");
            Path killedJunit =
                    Files.writeString(folder.resolve(".junit.xml.samskab-" + gone.pid() + "-9.cases"), "<testcase");
            Path running = Files.writeString(folder.resolve(".other.md.samskab-" + alive.pid() + "-7.tmp"), "#");
            Path notOurs = Files.writeString(folder.resolve(".report.json123.tmp"), "{");
            Path newer = Files.writeString(folder.resolve(".late.md.samskab-" + gone.pid() + "-8.tmp"), "#");
            for (Path old : List.of(killed, killedJunit, running, notOurs)) {
                Files.setLastModifiedTime(old, yesterday);
            }
            Files.setLastModifiedTime(
                    newer, FileTime.from(java.time.Instant.now().plusSeconds(3_600)));

            Run run =
                    Run.of("classify", HEARING, "--rules", RULES, "--format", "json", "--out", folder + "/report.json");

            assertEquals(0, run.status(), run.err());
            assertEquals(
                    List.of(newer, running, notOurs, folder.resolve("report.json")),
                    folderContents(folder),
                    "the killed runs' files are gone; a running one's, a newer one and one not named as samskab names"
                            + " its own stay");
        } finally {
            alive.destroyForcibly();
        }
    }

    @Test
    void aReplayKilledWithSigkillLeavesAHiddenFileThatTheNextReplayRemoves() throws Exception {
        Path scenarios = Files.createDirectories(temp.resolve("many"));
        String scenario = Files.readString(Project.scenarios().resolve("article/lokalplan-hoering.yaml"));
        for (int i = 0; i < 3_000; i++) {
            Files.writeString(
                    scenarios.resolve("s" + i + ".yaml"), scenario.replace("id: lokalplan-hoering", "id: s" + i));
        }
        Path out = Files.createDirectories(temp.resolve("out"));
        Path junit = out.resolve("junit.xml");
        Process replay = new ProcessBuilder(Run.javaCommand(
                        List.of(),
                        "replay",
                        scenarios.toString(),
                        "--rules",
                        RULES,
                        "--no-cache",
                        "--junit",
                        junit.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (folderContents(out).isEmpty() && replay.isAlive()) {
            assertTrue(System.nanoTime() < deadline, "the replay begins its report");
            Thread.sleep(20);
        }
        replay.destroyForcibly(); // kill -9: no shutdown hook runs
        replay.waitFor();
        List<Path> left = folderContents(out);
        assertEquals(1, left.size(), "the killed replay left its hidden file: " + left);
        assertTrue(left.get(0).getFileName().toString().startsWith(".junit.xml.samskab-"), left.toString());

        Thread.sleep(1_100); // the next run begins after the file was last written, as a person's next run does
        Path few = Files.createDirectories(temp.resolve("few"));
        Files.writeString(few.resolve("s.yaml"), scenario);
        Run next = Run.inNewJvm(
                List.of(), "replay", few.toString(), "--rules", RULES, "--no-cache", "--junit", junit.toString());
        assertEquals(0, next.status(), next.err());
        assertEquals(List.of(junit), folderContents(out));
    }
}
