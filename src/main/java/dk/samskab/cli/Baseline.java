package dk.samskab.cli;

import dk.samskab.i18n.Messages;
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

    private Baseline() {
    }

    /** The folder holding the baseline rules. */
    static Path folder(String baseline, Path rulesFolder, Messages messages) {
        if (!baseline.startsWith("git:")) {
            return Path.of(baseline);
        }
        String revision = baseline.substring("git:".length());
        try {
            Path folder = rulesFolder.toAbsolutePath().normalize();
            String prefix = git(folder, "rev-parse", "--show-prefix").strip();
            Path target = Files.createTempDirectory("samskab-baseline-");
            target.toFile().deleteOnExit();
            for (String file : git(folder, "ls-tree", "-r", "--name-only", "--full-name", revision, ".").split("\n")) {
                if (file.isBlank() || !file.startsWith(prefix)) {
                    continue;
                }
                Path out = target.resolve(file.substring(prefix.length()));
                Files.createDirectories(out.getParent());
                Files.writeString(out, git(folder, "show", revision + ":" + file));
                out.toFile().deleteOnExit();
            }
            return target;
        } catch (IOException e) {
            throw new Failure(ExitStatus.BAD_INPUT, "samskab: " + messages.text("cli.baseline-git", revision,
                    String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
    }

    private static String git(Path folder, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(output.isBlank() ? "git " + String.join(" ", args) + " failed" : output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return output;
    }
}
