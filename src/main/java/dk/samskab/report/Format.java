package dk.samskab.report;

import dk.samskab.explain.Explanation;
import dk.samskab.i18n.Lang;
import java.util.List;
import java.util.Locale;

/** The formats a report is written in; {@code --format text|json|markdown|html}. */
public enum Format {
    TEXT,
    JSON,
    MARKDOWN,
    HTML;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return code();
    }

    /** Renders one or more explained cases in this format and language. */
    public String render(List<Explanation> explanations, Lang lang) {
        Words words = new Words(lang);
        return switch (this) {
            case TEXT -> new TextReport(words).render(explanations);
            case JSON -> new JsonReport(words).render(explanations);
            case MARKDOWN -> new MarkdownReport(words).render(explanations);
            case HTML -> new HtmlReport(words).render(explanations);
        };
    }
}
