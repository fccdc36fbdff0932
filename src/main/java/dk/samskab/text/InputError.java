package dk.samskab.text;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.Message;
import java.nio.file.Path;

/** A file samskab cannot accept, with where and what: rendered as {@code file:line:column: message}. */
public final class InputError extends Exception {

    private final transient Path file;
    private final Position at;
    private final Message problem;

    public InputError(Path file, Position at, Message problem) {
        super(file + (at == null ? "" : ":" + at) + ": " + problem.render(Lang.EN), null, false, false);
        this.file = file;
        this.at = at;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** Where in the file, or {@code null} when the problem has no position (an unreadable file, say). */
    public Position at() {
        return at;
    }

    public Message problem() {
        return problem;
    }

    /** The one line a user sees. */
    public String render(Lang lang) {
        return file + (at == null ? "" : ":" + at) + ": " + problem.render(lang);
    }
}
