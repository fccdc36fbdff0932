package dk.samskab.api;

import dk.samskab.i18n.Lang;
import dk.samskab.text.InputError;

/**
 * A case the contract does not accept: what is wrong, and where ({@link #line()} and {@link #column()}, 1-based,
 * or 0 when the problem has no place, such as an empty file). {@link #getMessage()} is the one line a user sees,
 * {@code name:line:column: what is wrong}; {@link #problem()} is what is wrong alone.
 */
public final class CaseException extends Exception {

    private final String problem;
    private final int line;
    private final int column;
    private final boolean unreadable;

    private CaseException(String message, String problem, int line, int column, boolean unreadable) {
        super(message, null, false, false);
        this.problem = problem;
        this.line = line;
        this.column = column;
        this.unreadable = unreadable;
    }

    static CaseException of(InputError error, Lang lang) {
        return new CaseException(
                error.render(lang),
                error.problem().render(lang),
                error.at() == null ? 0 : error.at().line(),
                error.at() == null ? 0 : error.at().column(),
                error.problem().key().startsWith("load."));
    }

    /** What is wrong, without the file and place. */
    public String problem() {
        return problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /**
     * True when the text cannot be read as YAML or JSON at all (or is too large, or not UTF-8); false when it is
     * read but breaks the contract (an unknown key, a value outside the lists, no actors).
     */
    public boolean unreadable() {
        return unreadable;
    }
}
