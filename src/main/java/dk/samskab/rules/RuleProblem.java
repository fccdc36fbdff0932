package dk.samskab.rules;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.Message;
import dk.samskab.loading.Position;
import java.nio.file.Path;

/**
 * One thing wrong in a rule file, in plain words, with where it is; {@code original} keeps Drools' own message for
 * {@code --debug}.
 */
public record RuleProblem(Path file, Position at, Message problem, String original) {

    public RuleProblem(Path file, Position at, Message problem) {
        this(file, at, problem, null);
    }

    public String render(Lang lang) {
        return file + (at == null ? "" : ":" + at) + ": " + problem.render(lang);
    }
}
