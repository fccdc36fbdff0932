package dk.samskab.rules;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.Message;
import dk.samskab.text.Position;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong in a rule file, in plain words, with where it is; {@code original} keeps Drools' own message for
 * {@code --debug}.
 */
public record RuleProblem(Path file, Position at, Message problem, String original) {

    public RuleProblem(Path file, Position at, Message problem) {
        this(file, at, problem, null);
    }

    /** Problems in the order of their file, line and column. */
    public static final Comparator<RuleProblem> ORDER = Comparator.comparing(
                    (RuleProblem p) -> p.file().toString())
            .thenComparing(p -> p.at() == null ? 0 : p.at().line())
            .thenComparing(p -> p.at() == null ? 0 : p.at().column());

    /** The same problem at the same place, whatever Drools' own words for it were. */
    public boolean sameAs(RuleProblem other) {
        return file.equals(other.file) && java.util.Objects.equals(at, other.at) && problem.equals(other.problem);
    }

    public String render(Lang lang) {
        return file + (at == null ? "" : ":" + at) + ": " + problem.render(lang);
    }
}
