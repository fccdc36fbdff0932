package dk.samskab.cli;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import dk.samskab.text.InputError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The case files a command was given, read: a folder stands for every case file below it. A file that cannot be
 * read is one line in {@link #problems()}; when no file could be read at all the command ends with status 2.
 */
final class CaseInputs {

    private final List<Path> paths;
    private final List<CaseFile> cases;
    private final List<String> problems;

    private CaseInputs(List<Path> paths, List<CaseFile> cases, List<String> problems) {
        this.paths = paths;
        this.cases = cases;
        this.problems = problems;
    }

    /** Reads {@code files} (and the case files below any folder among them), in order. */
    static CaseInputs read(List<Path> files, Lang lang) {
        MessageBundle messages = MessageBundle.of(lang);
        List<Path> paths;
        try {
            paths = CaseFiles.expand(files);
        } catch (IOException e) {
            throw Failure.badInput(Reasons.unreadableFolder(e, messages), e);
        }
        List<CaseFile> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path path : paths) {
            try {
                cases.add(CaseReader.read(path));
            } catch (InputError e) {
                problems.add(e.render(lang));
            }
        }
        if (cases.isEmpty()) {
            throw new Failure(
                    ExitStatus.BAD_INPUT,
                    problems.isEmpty()
                            ? List.of("samskab: "
                                    + messages.text(
                                            "cli.no-case-files",
                                            String.join(
                                                    ", ",
                                                    files.stream()
                                                            .map(Path::toString)
                                                            .toList())))
                            : problems,
                    null);
        }
        return new CaseInputs(List.copyOf(paths), cases, problems);
    }

    /** Every file named or found below a folder named, in order. */
    List<Path> paths() {
        return paths;
    }

    /** The files that could be read. */
    List<CaseFile> cases() {
        return cases;
    }

    /** One line per file that could not be read; a command adds its own problems after them. */
    List<String> problems() {
        return problems;
    }
}
