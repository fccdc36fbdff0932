package dk.samskab.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the case files a command names: a file stands for itself; a folder for every {@code *.yaml},
 * {@code *.yml} and {@code *.json} below it, in path order. Symbolic links to folders are not followed, so a link
 * loop cannot make the walk endless.
 */
public final class CaseFiles {

    private CaseFiles() {
    }

    public static boolean isCaseFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** The files below {@code folder}, sorted by path; unreadable entries are kept so that they can be reported. */
    public static List<Path> below(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !Files.isDirectory(p)).filter(CaseFiles::isCaseFile)
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Each argument as a file, or the case files below it when it is a folder. */
    public static List<Path> expand(List<Path> arguments) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                files.addAll(below(argument));
            } else {
                files.add(argument);
            }
        }
        return files;
    }
}
