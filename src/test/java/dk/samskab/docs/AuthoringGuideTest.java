package dk.samskab.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.TestFiles;
import dk.samskab.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * examples are held to the same: a {@code serve} runs in the background until its block ends, and the block's
 * {@code curl} commands ask it.
 */
class AuthoringGuideTest {

    private static final Pattern DIRECTIVE = Pattern.compile("<!-- (append|create|replace|restore) (\\S+)(.*?) -->");
    private static final Pattern EXIT = Pattern.compile("<!-- exit (\\d+) -->");
    /** A text in a directive: in double quotes, or in single quotes when it holds double ones; {@code \\n} is a newline. */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|'([^']*)'");

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

    private int runConsole(Path guide, List<String> block, int status) throws Exception {
        int commands = 0;
        try (Serving serving = new Serving()) {
            for (int i = 0; i < block.size(); i++) {
                String line = block.get(i);
                if (!line.startsWith("$ ")) {
                    continue;
                }
                List<String> expected = new ArrayList<>();
                while (i + 1 < block.size() && !block.get(i + 1).startsWith("$ ")) {
                    expected.add(block.get(++i));
                }
                commands += runCommand(guide, line, expected, status, serving);
            }
        }
        return commands;
    }

    /**
     * A server the document starts ({@code $ ./samskab serve}) runs in the background until its block ends, on a
     * free port that stands in for the one the document names; {@code $ curl} asks it.
     */
    private final class Serving implements AutoCloseable {

        private Thread thread;
        private StringWriter out;
        private String shownPort;
        private int port;

        String start(String command) throws Exception {
            List<String> args = args(command);
            int at = args.indexOf("--port");
            shownPort = at < 0 ? "7070" : args.remove(at + 1);
            if (at >= 0) {
                args.remove(at);
            }
            args.addAll(List.of("--port", "0"));
            out = new StringWriter();
            StringWriter err = new StringWriter();
            String before = System.getProperty("samskab.home");
            System.setProperty("samskab.home", copy.toString());
            Pattern started = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
            try {
                thread = new Thread(() ->
                        Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true)));
                thread.setDaemon(true);
                thread.start();
                Matcher m = started.matcher("");
                for (int waited = 0; waited < 600 && !m.reset(out.toString()).find(); waited++) {
                    Thread.sleep(100);
                }
                assertTrue(m.reset(out.toString()).find(), "serve did not start: " + out + err);
                port = Integer.parseInt(m.group(1));
            } finally {
                if (before == null) {
                    System.clearProperty("samskab.home");
                } else {
                    System.setProperty("samskab.home", before);
                }
            }
            return shown(out.toString() + err);
        }

        /** What a command printed, with the server's port as the document shows it. */
        String shown(String printed) {
            return printed.replace("127.0.0.1:" + port, "127.0.0.1:" + shownPort);
        }

        /** {@code curl} as the document uses it: {@code -s}, {@code -H 'Name: value'}, {@code --data-binary @FILE}. */
        String curl(String command) throws Exception {
            assertTrue(thread != null, "curl before ./samskab serve: " + command);
            List<String> words = shellWords(command);
            HttpRequest.Builder request = HttpRequest.newBuilder();
            String url = null;
            for (int i = 1; i < words.size(); i++) {
                switch (words.get(i)) {
                    case "-s" -> {}
                    case "-H" -> {
                        String[] header = words.get(++i).split(":\\s*", 2);
                        request.header(header[0], header[1]);
                    }
                    case "--data-binary" ->
                        request.POST(HttpRequest.BodyPublishers.ofFile(
                                copy.resolve(words.get(++i).substring(1))));
                    default -> url = words.get(i).replace("127.0.0.1:" + shownPort, "127.0.0.1:" + port);
                }
            }
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(request.uri(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.body();
        }

        @Override
        public void close() throws InterruptedException {
            if (thread != null) {
                thread.interrupt();
                thread.join(10_000);
            }
        }
    }

    private static List<String> shellWords(String command) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(command);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }

    private int runCommand(Path guide, String line, List<String> expected, int status, Serving serving)
            throws Exception {
        if (line.startsWith("$ ./samskab serve")) {
            assertShows(guide, line, expected, serving.start(line.substring(2)));
            return 1;
        }
        if (line.startsWith("$ curl ")) {
            assertShows(guide, line, expected, serving.curl(line.substring(2)));
            return 1;
        }
        Run run = run(line.substring(2));
        String output = (run.out() + run.err()).replace(copy.toString() + "/", "");
        assertEquals(
                status,
                run.status(),
                guide.getFileName() + ": “" + line + "” exits " + run.status() + ", the guide says " + status + ":\n"
                        + output);
        assertShows(guide, line, expected, output);
        return 1;
    }

    private Run run(String command) {
        List<String> args = args(command);
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

    /** A {@code ./samskab} command's arguments, files named as in the copy. */
    private List<String> args(String command) {
        List<String> args = new ArrayList<>(List.of(command.strip().split("\\s+")));
        assertTrue(
                args.remove(0).equals("./samskab"), "commands in the guide start with ./samskab or curl: " + command);
        for (int i = 0; i < args.size(); i++) {
            if (!args.get(i).startsWith("-") && Files.exists(copy.resolve(args.get(i)))) {
                args.set(i, copy.resolve(args.get(i)).toString());
            }
        }
        return args;
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
            found.add((m.group(1) != null ? m.group(1) : m.group(2)).replace("\\n", "\n"));
        }
        return found;
    }
}
