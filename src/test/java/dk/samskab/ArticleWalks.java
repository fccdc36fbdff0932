package dk.samskab;

import dk.samskab.engine.Engine;
import dk.samskab.i18n.Lang;
import dk.samskab.interview.Interviewer;
import dk.samskab.interview.Walk;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The article's examples walked through the interview once per test run: one {@link Interviewer} for every test that
 * walks them (its cache of plans then serves the page too, in either language, since a plan does not depend on it).
 */
public final class ArticleWalks {

    private static final Engine ENGINE = new Engine(Project.rules());
    private static final Interviewer INTERVIEWER = new Interviewer(ENGINE);
    private static final Map<String, Walk> WALKS = new LinkedHashMap<>();

    private ArticleWalks() {}

    public static Engine engine() {
        return ENGINE;
    }

    public static Interviewer interviewer() {
        return INTERVIEWER;
    }

    /** The article's example files, by name. */
    public static List<CaseFile> examples() throws Exception {
        try (Stream<Path> files = Files.list(Project.scenarios().resolve("article"))) {
            List<Path> sorted =
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            List<CaseFile> read = new java.util.ArrayList<>();
            for (Path path : sorted) {
                read.add(CaseReader.read(path));
            }
            return read;
        }
    }

    /** The walk of one example (in English; the questions do not depend on the language). */
    public static synchronized Walk walk(CaseFile example) throws Exception {
        Walk known = WALKS.get(example.id());
        if (known == null) {
            known = Walk.of(INTERVIEWER, example, Lang.EN);
            WALKS.put(example.id(), known);
        }
        return known;
    }
}
