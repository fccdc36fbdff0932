package dk.samskab.interview;

import static dk.samskab.report.Html.text;

import dk.samskab.explain.Grounds;
import dk.samskab.explain.WarningView;
import dk.samskab.model.Axis;
import dk.samskab.report.CodeWords;
import java.util.List;

/**
 * The warnings beside the question, in words: each warning's name, the axis it is about and what the rules say of
 * it. The codes, the rules that raised it and the article's sections are for rule authors, behind a disclosure.
 */
final class WarningsPanel {

    private final CodeWords words;

    WarningsPanel(CodeWords words) {
        this.words = words;
    }

    String render(List<WarningView> warnings) {
        StringBuilder html = new StringBuilder();
        if (warnings.isEmpty()) {
            return html.append("<p class=\"no-warnings\">")
                    .append(text(words.text("report.warnings")))
                    .append(": ")
                    .append(text(words.text("report.no-warnings")))
                    .append("</p>\n")
                    .toString();
        }
        html.append("<section class=\"warnings\" aria-labelledby=\"so-far-warnings\">\n<h3 id=\"so-far-warnings\">")
                .append("<span aria-hidden=\"true\">⚠ </span>")
                .append(text(words.text("html.warnings-count", warnings.size())))
                .append("</h3>\n<ul class=\"warning-list\">\n");
        for (WarningView w : warnings) {
            html.append("<li class=\"warning\" data-code=\"")
                    .append(text(w.code()))
                    .append("\">\n<p class=\"warning-head\"><strong>")
                    .append(text(words.warning(w.code())))
                    .append("</strong>");
            if (w.about() != null) {
                Axis.byCode(w.about()).ifPresent(axis -> html.append(" — ").append(text(words.axis(axis))));
            }
            html.append("</p>\n");
            for (Grounds because : w.because()) {
                if (because.rule() != null) {
                    html.append("<p class=\"reason\">")
                            .append(text(words.description(because.rule())))
                            .append("</p>\n");
                }
            }
            html.append("<details class=\"for-rule-authors\"><summary>")
                    .append(text(words.text("interview.for-rule-authors")))
                    .append("</summary>\n<p><code>")
                    .append(text(w.code()))
                    .append("</code></p>\n");
            for (Grounds because : w.because()) {
                if (because.rule() != null) {
                    html.append("<p>")
                            .append(text(words.text("report.rule")))
                            .append(": <code>")
                            .append(text(because.rule().location()))
                            .append("</code>");
                    if (because.rule().section() != null) {
                        html.append(" · <cite lang=\"da\">")
                                .append(text(because.rule().section()))
                                .append("</cite>");
                    }
                    html.append("</p>\n");
                }
            }
            html.append("</details>\n</li>\n");
        }
        return html.append("</ul>\n</section>\n").toString();
    }

    /**
     * The report's summary of a case without its own list of warnings (the interview shows {@link #render} instead):
     * the warnings section, or the line saying there are none, cut out where the summary begins.
     */
    static String withoutWarnings(String summary) {
        int none = summary.indexOf("<p class=\"no-warnings\">");
        if (none >= 0) {
            int end = summary.indexOf("</p>\n", none);
            return summary.substring(0, none) + summary.substring(end + "</p>\n".length());
        }
        int section = summary.indexOf("<section class=\"warnings\"");
        if (section < 0) {
            return summary;
        }
        int end = summary.indexOf("</section>\n", section);
        return summary.substring(0, section) + summary.substring(end + "</section>\n".length());
    }
}
