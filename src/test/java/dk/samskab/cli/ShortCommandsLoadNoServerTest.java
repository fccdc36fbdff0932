package dk.samskab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The short commands start as fast as before the server came: not one class of Jetty or of serve/ is loaded. */
class ShortCommandsLoadNoServerTest {

    @Test
    void classifyAndValidateLoadNoClassOfTheServer() throws Exception {
        String rules = Project.rulesFolder().toString();
        String scenario =
                Project.scenarios().resolve("article/lokalplan-hoering.yaml").toString();
        for (String[] command : List.of(
                new String[] {"classify", scenario, "--rules", rules, "--no-cache", "--format", "json"},
                new String[] {"validate", "--rules", rules, "--no-cache"})) {
            Run run = Run.inNewJvm(List.of("-Xlog:class+load=info"), command);

            assertEquals(0, run.status(), command[0] + ": " + run.err());
            List<String> loaded = run.out()
                    .lines()
                    .filter(line -> line.contains("[class,load]"))
                    .toList();
            assertTrue(loaded.size() > 1_000, command[0] + ": the class loading log is read");
            List<String> server = loaded.stream()
                    .filter(line -> line.contains(" org.eclipse.jetty.") || line.contains(" dk.samskab.serve."))
                    .toList();
            assertEquals(List.of(), server, command[0]);
        }
    }
}
