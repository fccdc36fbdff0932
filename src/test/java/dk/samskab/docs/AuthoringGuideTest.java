package dk.samskab.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows docs/authoring.md (and its Danish version) step by step as a new analyst would, on a copy of the
 * repository: the files the guide says to write are written, every command it shows is run, and the output it
 * shows must appear in what samskab prints, in order ("…" alone stands for lines left out, within a line for any
 * text), with exit status 0 unless an {@code <!-- exit N -->} comment before the block says otherwise. The README's
 * examples are held to the same (all but {@code serve}, which runs until stopped).
 */
class AuthoringGuideTest {

    private static final Pattern DIRECTIVE = Pattern.compile("<!-- (append|create|replace|restore) (\\S+)(.*?) -->");
    private static final Pattern EXIT = Pattern.compile("<!-- exit (\\d+) -->");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    @TempDir
    Path copy;

    @Test
    void theEnglishGuideWorksAsWritten() throws Exception {
        follow(Project.home().resolve("docs/authoring.md"));
    }

    @Test
    void theDanishGuideWorksAsWritten() throws Exception {
        follow(Project.home().resolve("docs/authoring.da.md"));
    }

    @Test
    void theReadmeShowsWhatSamskabPrints() throws Exception {
        follow(Project.home().resolve("README.md"));
    }

    private void follow(Path guide) throws Exception {
        assumeTrue(git("--version"), "the guide reviews a change against git:HEAD; git is not installed here");
        TestFiles.copyTree(Project.rulesFolder(), copy.resolve("rules"));
        TestFiles.copyTree(Project.scenarios(), copy.resolve("scenarios"));
        assertTrue(git("init", "-q")
                && git("add", "-A")
                && git("-c", "user.name=guide", "-c", "user.email=guide@example.org", "commit", "-qm", "before"));
        List<String> lines = Files.readAllLines(guide);
        Map<Path, String> saved = new HashMap<>();
        String directive = null;
        int status = 0;
        int commands = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher exit = EXIT.matcher(line.strip());
            if (exit.matches()) {
                status = Integer.parseInt(exit.group(1));
                continue;
            }
            Matcher d = DIRECTIVE.matcher(line.strip());
            if (d.matches()) {
                Path file = copy.resolve(d.group(2));
                switch (d.group(1)) {
                    case "replace" -> {
                        List<String> quoted = quoted(d.group(3));
                        String text = Files.readString(file);
                        saved.put(file, text);
                        assertTrue(text.contains(quoted.get(0)), guide + ":" + (i + 1) + ": nothing to replace");
                        Files.writeString(file, text.replace(quoted.get(0), quoted.get(1)));
                    }
                    case "restore" -> Files.writeString(file, saved.remove(file));
                    default -> directive = line.strip();
                }
                continue;
            }
            if (!line.startsWith("```")) {
                continue;
            }
            String info = line.substring(3).strip();
            List<String> block = new ArrayList<>();
            while (!lines.get(++i).startsWith("```")) {
                block.add(lines.get(i));
            }
            if (directive != null) {
                apply(directive, block);
                directive = null;
            } else if (info.equals("console")) {
                commands += runConsole(guide, block, status);
                status = 0;
            }
        }
        assertTrue(commands >= 3, "the document runs its commands");
    }

    private void apply(String directive, List<String> block) throws IOException {
        Matcher d = DIRECTIVE.matcher(directive);
        assertTrue(d.matches());
        Path file = copy.resolve(d.group(2));
        String content = String.join("\n", block) + "\n";
        if (d.group(1).equals("create")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } else {
            String text = Files.readString(file);
            Files.writeString(
                    file, text + (text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + content);
        }
    }

    private int runConsole(Path guide, List<String> block, int status) {
        int commands = 0;
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            if (!line.startsWith("$ ")) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            while (i + 1 < block.size() && !block.get(i + 1).startsWith("$ ")) {
                expected.add(block.get(++i));
            }
            if (line.startsWith("$ ./samskab serve")) {
                continue;
            }
            commands++;
            Run run = run(line.substring(2));
            String output = (run.out() + run.err()).replace(copy.toString() + "/", "");
            assertEquals(
                    status,
                    run.status(),
                    guide.getFileName() + ": “" + line + "” exits " + run.status() + ", the guide says " + status
                            + ":\n" + output);
            assertShows(guide, line, expected, output);
        }
        return commands;
    }

    private Run run(String command) {
        List<String> args = new ArrayList<>(List.of(command.strip().split("\\s+")));
        assertTrue(args.remove(0).equals("./samskab"), "commands in the guide start with ./samskab: " + command);
        for (int i = 0; i < args.size(); i++) {
            if (!args.get(i).startsWith("-") && Files.exists(copy.resolve(args.get(i)))) {
                args.set(i, copy.resolve(args.get(i)).toString());
            }
        }
        String before = System.getProperty("samskab.home");
        System.setProperty("samskab.home", copy.toString());
        try {
            return Run.of(args.toArray(String[]::new));
        } finally {
            if (before == null) {
                System.clearProperty("samskab.home");
            } else {
                System.setProperty("samskab.home", before);
            }
        }
    }

    private static void assertShows(Path guide, String command, List<String> expected, String output) {
        List<String> actual = output.lines().map(String::stripTrailing).toList();
        int at = 0;
        for (String want : expected) {
            if (want.strip().equals("…") || want.isBlank()) {
                continue;
            }
            Pattern line = Pattern.compile(Stream.of(want.stripTrailing().split("…", -1))
                    .map(Pattern::quote)
                    .collect(Collectors.joining(".*")));
            while (at < actual.size() && !line.matcher(actual.get(at)).matches()) {
                at++;
            }
            if (at == actual.size()) {
                fail(guide.getFileName() + ": “" + command + "” did not print, in order:\n" + want
                        + "\n--- it printed:\n" + output);
            }
            at++;
        }
        assertFalse(output.contains("Exception"), output);
    }

    private boolean git(String... args) throws InterruptedException {
        return TestFiles.git(copy, args);
    }

    private static List<String> quoted(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
