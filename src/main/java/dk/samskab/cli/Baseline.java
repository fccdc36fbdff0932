package dk.samskab.cli;

import dk.samskab.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The rules to compare with in {@code replay --baseline}: a folder, or {@code git:REV} for the rules folder as
 * committed at a git revision (extracted with {@code git ls-tree} and {@code git show} into a temporary folder;
 * the working tree and the index are never touched).
 */
final class Baseline {

    private Baseline() {}

    /** The folder holding the baseline rules. */
    static Path folder(String baseline, Path rulesFolder, MessageBundle messages) {
        if (!baseline.startsWith("git:")) {
            return Path.of(baseline);
        }
        String revision = baseline.substring("git:".length());
        try {
            Path folder = rulesFolder.toAbsolutePath().normalize();
            String prefix = text(git(folder, "rev-parse", "--show-prefix")).strip();
            Path target = Files.createTempDirectory("samskab-baseline-");
            target.toFile().deleteOnExit();
            // -z: names as they are (æ, ø, å and spaces included), not quoted and escaped
            for (String file : text(git(folder, "ls-tree", "-r", "-z", "--name-only", "--full-name", revision, "."))
                    .split("\0")) {
                if (file.isEmpty() || !file.startsWith(prefix)) {
                    continue;
                }
                Path out = target.resolve(file.substring(prefix.length()));
                Files.createDirectories(out.getParent());
                Files.write(out, git(folder, "show", revision + ":" + file));
                out.toFile().deleteOnExit();
            }
            return target;
        } catch (IOException e) {
            throw Failure.badInput(messages.text(
                    "cli.baseline-git",
                    revision,
                    String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
    }

    /** What git printed; its warnings (an ambiguous name, say) go to a file of their own, never into a rule. */
    private static byte[] git(Path folder, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
        command.addAll(List.of(args));
        Path errors = Files.createTempFile("samskab-git-", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectError(errors.toFile())
                    .start();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readAllBytes();
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                String said = text(Files.readAllBytes(errors));
                throw new IOException(said.isBlank() ? "git " + String.join(" ", args) + " failed" : said);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
