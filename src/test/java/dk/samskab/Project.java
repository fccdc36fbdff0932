package dk.samskab;

import dk.samskab.engine.RuleBase;
import java.nio.file.Path;

/** Where the repository's own rules and scenarios are, for tests; the rule base is compiled once per test JVM. */
public final class Project {

    private static RuleBase rules;

    private Project() {}

    public static Path home() {
        return Path.of(System.getProperty("samskab.home", ".")).toAbsolutePath().normalize();
    }

    public static Path rulesFolder() {
        return home().resolve("rules");
    }

    public static Path scenarios() {
        return home().resolve("scenarios");
    }

    public static synchronized RuleBase rules() {
        if (rules == null) {
            try {
                rules = RuleBase.load(rulesFolder());
            } catch (dk.samskab.rules.RuleProblems e) {
                throw new AssertionError("the shipped rules do not compile: " + e.getMessage(), e);
            }
        }
        return rules;
    }
}
