package dk.samskab.loading;

import dk.samskab.text.SourceText;

/**
 * What a case file may cost, set here and documented in the README. A case is a page of YAML; these bounds are
 * far above any real case and far below what could exhaust memory or time.
 */
public final class Limits {

    /** Largest case file read, in bytes (1 MiB). */
    public static final int MAX_DOCUMENT_BYTES = SourceText.MAX_FILE_BYTES;

    /** Deepest nesting of mappings and lists (a case needs 4). */
    public static final int MAX_NESTING_DEPTH = 20;

    /** Longest single text value or key, in Unicode characters. */
    public static final int MAX_STRING_LENGTH = 65_536;

    /**
     * Longest line of a YAML file, in Unicode characters: a text at the string limit fits on one line with its key
     * and indentation. The YAML reader slows down with the square of a line's length (one line of 1 MiB takes
     * seconds), while a case needs no line longer than a paragraph. JSON has no such limit: its reader is linear,
     * and a JSON file is often one line.
     */
    public static final int MAX_LINE_LENGTH = MAX_STRING_LENGTH + 1_024;

    /**
     * Most items in one list. A case lists a handful of actors; some rules compare every pair of them, so a list
     * of thousands would cost minutes and gigabytes where a real case costs milliseconds.
     */
    public static final int MAX_LIST_ITEMS = 100;

    /** YAML aliases ({@code *name}) and anchors ({@code &name}) allowed: none, so no alias can expand. */
    public static final int MAX_ALIASES = 0;

    private Limits() {}
}
