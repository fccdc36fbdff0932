package dk.samskab.report;

import dk.samskab.explain.Explanation;
import java.util.List;

/** The report as one self-contained HTML file. */
public final class HtmlReport {

    private final Words words;

    public HtmlReport(Words words) {
        this.words = words;
    }

    public String render(List<Explanation> explanations) {
        throw new UnsupportedOperationException("HTML reports are not built yet: " + words.lang());
    }
}
