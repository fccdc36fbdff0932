package dk.samskab.rules;

import dk.samskab.i18n.Message;
import dk.samskab.text.InputError;
import dk.samskab.text.Position;
import dk.samskab.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule files of one folder: every {@code .drl}, {@code .dsl} and {@code .dslr} below it, in path order, with
 * a hash over their names and contents that identifies the rule set in a report's stamp.
 */
public record RuleSource(Path folder, List<RuleFile> files, String sha256) {

    /** A DSL mapping line, {@code [scope][type]sentence=drl}: groups scope, sentence ({@code \=} escapes) and drl. */
    static final Pattern DSL_MAPPING = Pattern.compile("\\[(\\w+|\\*)\\]\\[[^\\]]*\\]((?:\\\\=|[^=])*)=(.*)");

    /** One rule file: its path as shown to the user and its UTF-8 text. */
    public record RuleFile(Path path, String text) {

        public String extension() {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    /** The file Drools names by {@code sourcePath} (a resource's source path), if it is one of these. */
    public Optional<RuleFile> file(String sourcePath) {
        return sourcePath == null
                ? Optional.empty()
                : files.stream()
                        .filter(f -> f.path().toString().equals(sourcePath))
                        .findFirst();
    }

    /** Reads every rule file below {@code folder}. */
    public static RuleSource read(Path folder) throws RuleProblems {
        if (!Files.isDirectory(folder)) {
            throw RuleProblems.of(new RuleProblem(
                    folder, null, Message.of(Files.exists(folder) ? "rules.not-a-folder" : "rules.no-folder")));
        }
        List<Path> paths;
        try {
            // a rules folder named by a symbolic link is followed; links inside it are not, so no loop is endless
            Path start = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
            try (Stream<Path> walk = Files.walk(start)) {
                paths = walk.filter(Files::isRegularFile)
                        .filter(RuleSource::isRuleFile)
                        .map(p -> folder.resolve(start.relativize(p)))
                        .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
                        .toList();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw RuleProblems.of(new RuleProblem(folder, null, Message.of("rules.unreadable", e.getMessage())));
        }
        if (paths.stream()
                .allMatch(
                        p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".dsl"))) {
            throw RuleProblems.of(new RuleProblem(folder, null, Message.of("rules.none")));
        }
        List<RuleFile> files = new ArrayList<>();
        StringBuilder digest = new StringBuilder();
        for (Path path : paths) {
            String text;
            try {
                text = SourceText.decode(path, SourceText.readBytes(path));
                SourceText.requirePrintable(path, text);
            } catch (InputError e) {
                throw RuleProblems.of(new RuleProblem(path, e.at(), e.problem()));
            }
            RuleFile file = new RuleFile(path, text);
            if (file.extension().equals("dsl")) {
                requireMappings(file);
            }
            files.add(file);
            digest.append(folder.relativize(path).toString().replace('\\', '/'))
                    .append('\0')
                    .append(text)
                    .append('\0');
        }
        return new RuleSource(
                folder, List.copyOf(files), SourceText.sha256(digest.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Checks that every line of a DSL file is a mapping, {@code [when]Sentence=DRL}, with a sentence. Drools parses
     * a line it cannot read into a mapping of the empty sentence, and then searches for that sentence forever.
     */
    private static void requireMappings(RuleFile file) throws RuleProblems {
        String[] lines = file.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
                continue;
            }
            Matcher mapping = DSL_MAPPING.matcher(line);
            Position at = new Position(i + 1, lines[i].indexOf(line) + 1);
            if (!mapping.matches()) {
                throw RuleProblems.of(new RuleProblem(file.path(), at, Message.of("rules.dsl-not-a-mapping")));
            }
            if (mapping.group(2).isBlank()) {
                throw RuleProblems.of(new RuleProblem(file.path(), at, Message.of("rules.dsl-empty-sentence")));
            }
        }
    }

    static boolean isRuleFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".drl") || name.endsWith(".dsl") || name.endsWith(".dslr");
    }
}
