package dk.samskab.cli;

import java.nio.file.Path;

/** Paths as a user should read them: relative to the current folder when they lie below it. */
final class ShownPath {

    private ShownPath() {}

    static String path(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here)
                ? here.relativize(absolute).toString()
                : path.toString();
    }
}
