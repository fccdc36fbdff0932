package dk.samskab.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files are UTF-8 whatever the platform's encoding is (a terminal with LANG=C, a bare CI container). */
class RuleEncodingTest {

    /** The platform encoding of a JVM started under LANG=C on Java 17. */
    private static final List<String> ASCII_PLATFORM = List.of("-Dfile.encoding=US-ASCII");

    private static final String HEARING =
            Project.scenarios().resolve("article/lokalplan-hoering.yaml").toString();
    /** From the Danish description of the hearing rule in central-actor.dslr. */
    private static final String DANISH_DESCRIPTION = "Parterne høres om et forslag, kommunen allerede har færdiggjort";

    @TempDir
    Path temp;

    @Test
    void rulesCompiledAtStartUpKeepTheirDanishLettersUnderAnAsciiPlatformEncoding() throws Exception {
        Run run = Run.inNewJvm(
                ASCII_PLATFORM,
                "classify",
                HEARING,
                "--rules",
                Project.rulesFolder().toString(),
                "--lang",
                "da",
                "--no-cache");
        assertEquals(0, run.status(), run.err());
        assertDanishIntact(run.out());
    }

    @Test
    void rulesBuiltIntoTheCacheKeepTheirDanishLettersUnderAnAsciiPlatformEncoding() throws Exception {
        String cache = temp.resolve("cache").toString();
        Run build = Run.inNewJvm(
                ASCII_PLATFORM,
                "cache",
                "--build",
                "--rules",
                Project.rulesFolder().toString(),
                "--cache",
                cache);
        assertEquals(0, build.status(), build.err());
        Run run = Run.inNewJvm(
                ASCII_PLATFORM,
                "classify",
                HEARING,
                "--rules",
                Project.rulesFolder().toString(),
                "--lang",
                "da",
                "--cache",
                cache);
        assertEquals(0, run.status(), run.err());
        assertDanishIntact(run.out());
    }

    private static void assertDanishIntact(String report) {
        assertTrue(report.replaceAll("\\s+", " ").contains(DANISH_DESCRIPTION), report);
        assertFalse(report.contains("\uFFFD"), "no replacement characters:\n" + report);
    }
}
