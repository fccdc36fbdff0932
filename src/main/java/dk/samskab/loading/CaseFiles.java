package dk.samskab.loading;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the case files a command names: a file stands for itself; a folder for every {@code *.yaml},
 * {@code *.yml} and {@code *.json} below it, in path order. A folder named by a symbolic link is followed, but
 * links to folders inside it are not, so a link loop cannot make the walk endless. A file or folder that cannot be
 * read is kept in the list, so that reading it reports why, and the walk goes on.
 */
public final class CaseFiles {

    private CaseFiles() {}

    public static boolean isCaseFile(Path path) {
        String name =
                path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** The files below {@code folder}, sorted by path; unreadable entries are kept so that they can be reported. */
    public static List<Path> below(Path folder) throws IOException {
        Path start = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
        List<Path> found = new ArrayList<>();
        List<IOException> startFailed = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (isCaseFile(file) && !Files.isDirectory(file)) {
                    found.add(folder.resolve(start.relativize(file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (file.equals(start)) {
                    startFailed.add(e);
                    return FileVisitResult.TERMINATE;
                }
                found.add(folder.resolve(start.relativize(file)));
                return FileVisitResult.CONTINUE;
            }
        });
        if (!startFailed.isEmpty()) {
            throw startFailed.get(0);
        }
        found.sort(Comparator.comparing(p -> folder.relativize(p).toString().replace('\\', '/')));
        return found;
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
