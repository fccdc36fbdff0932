package dk.samskab;

import dk.samskab.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the command line in-process, as a user would from a terminal, and keeps what it printed. */
public record Run(int status, String out, String err) {

    public static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    /**
     * Runs the command line in a JVM of its own, started with {@code jvmOptions} (a platform encoding, say), on the
     * test class path; what it printed is read as UTF-8, which samskab always writes.
     */
    public static Run inNewJvm(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(javaCommand(jvmOptions, args)).start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] out = readAll(process.getInputStream());
        int status = process.waitFor();
        return new Run(status, new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    }

    /** The command that starts samskab's {@link Main} in a new JVM on the test class path, logs quiet. */
    public static List<String> javaCommand(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** The non-empty lines written to stderr. */
    public List<String> errorLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
