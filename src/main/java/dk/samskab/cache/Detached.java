package dk.samskab.cache;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starting a process that outlives this one (a background builder) without keeping a thread of this JVM waiting on
 * it. A shell starts the command in the background, with its output appended to a log, and exits at once; this
 * process waits the few milliseconds that takes. Started directly, the child would be waited on by the JDK's
 * process reaper in a native call for as long as it runs, and a JVM that exits waits up to 0.3 s for threads in
 * native calls: every run that started a builder paid that, after its output was written.
 */
final class Detached {

    private static final String SCRIPT = "log=\"$1\"; shift; \"$@\" </dev/null >>\"$log\" 2>&1 &";

    private Detached() {}

    /** Starts {@code command} in the background, its output and errors appended to {@code log}. */
    static void start(List<String> command, Path log) throws IOException {
        List<String> shell = new ArrayList<>(List.of("/bin/sh", "-c", SCRIPT, "sh", log.toString()));
        shell.addAll(command);
        Process starter = new ProcessBuilder(shell)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectErrorStream(true)
                .start();
        try {
            starter.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
