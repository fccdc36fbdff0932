package dk.samskab.bench;

import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import dk.samskab.text.InputError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the samskab repository is, and its shipped rules and scenarios. */
final class Home {

    private Home() {}

    /**
     * The repository root: {@code -Dsamskab.home} when set, else the nearest folder at or above the working
     * directory that has {@code rules/}, {@code scenarios/} and a {@code pom.xml}.
     */
    static Path find() {
        String property = System.getProperty("samskab.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("rules"))
                    && Files.isDirectory(dir.resolve("scenarios"))
                    && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the samskab folder (with rules/ and scenarios/) at or above "
                + start + "; run from inside the repository or pass -Dsamskab.home=PATH");
    }

    static Path rules() {
        String property = System.getProperty("bench.rules");
        return property != null && !property.isBlank() ? Path.of(property) : find().resolve("rules");
    }

    static Path scenarios() {
        return find().resolve("scenarios");
    }

    /** Every shipped scenario, read and checked, in path order. */
    static List<CaseFile> shippedScenarios() throws IOException, InputError {
        List<CaseFile> files = new ArrayList<>();
        for (Path path : CaseFiles.below(scenarios())) {
            files.add(CaseReader.read(path));
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no scenarios below " + scenarios());
        }
        return files;
    }

    /** Drools logs at INFO on every build; benchmarks want quiet. Call first in a main. */
    static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }
}
