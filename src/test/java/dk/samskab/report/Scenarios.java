package dk.samskab.report;

import dk.samskab.Project;
import dk.samskab.engine.Engine;
import dk.samskab.explain.Explainer;
import dk.samskab.explain.Explanation;
import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The shipped scenarios, explained once per test JVM, and where the article's figure puts each type. */
public final class Scenarios {

    /** The article's figure: predictability up (predictable) and down, the municipality left, external actors right. */
    public static final Map<String, String[]> QUADRANT = Map.of(
            "steered", new String[] {"predictable", "municipality"},
            "responsibilising", new String[] {"predictable", "external"},
            "equal", new String[] {"unpredictable", "municipality"},
            "facilitating", new String[] {"unpredictable", "external"});

    private static Explainer explainer;

    private Scenarios() {}

    public static List<Path> files() {
        try {
            return CaseFiles.below(Project.scenarios());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    public static synchronized Explanation explain(Path file) {
        if (explainer == null) {
            explainer = new Explainer(new Engine(Project.rules()));
        }
        try {
            return explainer.classifyAndExplain(CaseReader.read(file));
        } catch (Exception e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }

    public static Explanation explain(String relative) {
        return explain(Project.scenarios().resolve(relative));
    }

    /** The type a scenario's {@code expect:} block names: an independent check of what a report draws. */
    public static String expectedType(Path file) {
        try {
            return CaseReader.read(file).expect().type();
        } catch (Exception e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }
}
