package dk.samskab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samskab compare}: files that do not describe one process are bad input, said in one line naming them. */
class CompareCommandTest {

    private static final String ACTORS = """
              actors:
                - { name: Kultur og Fritid, kind: municipality }
                - { name: Boldklubben, kind: association }
            """;

    @TempDir
    Path folder;

    private Path write(String name, String perspective, String actors, String facts) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(
                file,
                "id: " + name.replace(".yaml", "") + "\ntitle: Sommerlejren\n"
                        + (perspective == null ? "" : "perspective_of: " + perspective + "\n") + "case:\n" + actors
                        + facts);
        return file;
    }

    private static Run compare(Path... files) {
        String[] args = new String[files.length + 1];
        args[0] = "compare";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        return Run.of(args);
    }

    private static void assertOneLineNaming(Run run, Path... files) {
        assertEquals(2, run.status(), run.out() + run.err());
        assertEquals("", run.out());
        List<String> lines = run.errorLines();
        assertEquals(1, lines.size(), run.err());
        for (Path file : files) {
            assertTrue(lines.get(0).contains(file.toString()), lines.get(0));
        }
    }

    @Test
    void filesWhoseActorsDifferAreBadInputNamingBothFiles() throws Exception {
        Path a = write("a.yaml", "Kultur og Fritid", ACTORS, "");
        Path b = write("b.yaml", "Boldklubben", """
                  actors:
                    - { name: Kultur og Fritid, kind: municipality }
                    - { name: Boldklubben, kind: association }
                    - { name: Forældrene, kind: citizen-group }
                """, "");
        Run run = compare(a, b);
        assertOneLineNaming(run, a, b);
        assertTrue(run.err().contains("their actors differ"), run.err());
    }

    @Test
    void twoFilesOfTheSamePartyAreBadInputNamingBothFiles() throws Exception {
        Path a = write("a.yaml", "Boldklubben", ACTORS, "  result_planned_in_advance: true\n");
        Path b = write("b.yaml", "Boldklubben", ACTORS, "  result_planned_in_advance: false\n");
        Run run = compare(a, b);
        assertOneLineNaming(run, a, b);
        assertTrue(run.err().contains("“Boldklubben”"), run.err());
    }

    @Test
    void aFileThatDoesNotSayWhoseDescriptionItIsIsBadInputInDanishToo() throws Exception {
        Path a = write("a.yaml", "Kultur og Fritid", ACTORS, "");
        Path b = write("b.yaml", null, ACTORS, "");
        Run run = Run.of("compare", a.toString(), b.toString(), "--lang", "da");
        assertOneLineNaming(run, b);
        assertTrue(run.err().contains("hvis beskrivelse"), run.err());
    }

    @Test
    void oneDescriptionAloneIsNotAComparison() throws Exception {
        Path a = write("a.yaml", "Kultur og Fritid", ACTORS, "");
        assertOneLineNaming(compare(a), a);
    }

    @Test
    void aPartyThatIsNotAnActorIsTheReadersErrorWithItsLine() throws Exception {
        Path a = write("a.yaml", "Kultur og Fritid", ACTORS, "");
        Path b = write("b.yaml", "Spejderne", ACTORS, "");
        Run run = compare(a, b);
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith(b + ":3:"), run.err());
    }

    @Test
    void theMainResponsibilityOneWayOrTheOtherMovesTheTypeAndTheReportSaysToAgreeOnItFirst() throws Exception {
        String facts = """
                  problem_identified_by: municipality
                  initiative_from: municipality
                  result_planned_in_advance: false
                """;
        Path a = write("a.yaml", "Kultur og Fritid", ACTORS, facts + "  main_responsibility: municipality\n");
        Path b = write("b.yaml", "Boldklubben", ACTORS, facts + "  main_responsibility: external\n");
        Run run = compare(a, b);
        assertEquals(0, run.status(), run.err());
        String flat = run.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("The parties describe different processes"), flat);
        assertTrue(
                flat.contains("Agree first on who carries the main responsibility for the content: Kultur og Fritid "
                        + "says the municipality, Boldklubben says external actors."),
                flat);
        Run da = Run.of("compare", a.toString(), b.toString(), "--lang", "da");
        String dansk = da.out().replaceAll("\\s+", " ");
        assertTrue(
                dansk.contains("Bliv først enige om, hvem der bærer hovedansvaret for indholdet: Kultur og Fritid "
                        + "siger kommunen, Boldklubben siger eksterne aktører."),
                dansk);
    }

    @Test
    void theShippedProcessesCompareInEveryFormat() {
        Path process = Project.scenarios().resolve("perspectives/kunstgraesbane");
        for (String format : List.of("text", "json", "markdown", "html")) {
            Run run = Run.of("compare", process.toString(), "--format", format);
            assertEquals(0, run.status(), format + ": " + run.err());
            assertTrue(run.out().contains("Nordby Boldklub"), format);
        }
    }
}
