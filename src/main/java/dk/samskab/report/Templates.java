package dk.samskab.report;

import dk.samskab.report.model.CaseReport;
import dk.samskab.report.model.ComparisonReport;
import dk.samskab.report.model.Labels;
import dk.samskab.report.model.Overview;
import dk.samskab.report.templates.JtecaseGenerated;
import dk.samskab.report.templates.JtechartGenerated;
import dk.samskab.report.templates.JtecompareGenerated;
import dk.samskab.report.templates.JteoverviewGenerated;
import dk.samskab.report.templates.JtepageGenerated;
import dk.samskab.report.templates.JtesofarGenerated;
import dk.samskab.report.templates.JtesummaryGenerated;
import gg.jte.Content;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.util.function.Consumer;

/**
 * The HTML templates ({@code src/main/jte}), compiled to classes at build time by jte and called here directly:
 * no template is read, compiled or looked up by reflection at run time, and every text is escaped for the place
 * in the page it goes (content type Html). Only the HTML reports load these classes.
 */
final class Templates {

    private Templates() {}

    static String page(String lang, String title, String kind, String css, String version, Content body) {
        return render(out -> JtepageGenerated.render(out, null, lang, title, kind, css, version, body));
    }

    static Content oneCase(Overview.Row row, Labels labels) {
        return out -> JtecaseGenerated.render(html(out), null, row, labels, 1, false);
    }

    static Content overview(Overview overview, ChartLayout chart) {
        return out -> JteoverviewGenerated.render(html(out), null, overview, chart);
    }

    static Content compare(
            ComparisonReport comparison, ChartLayout chart, java.util.List<Overview.Row> rows, Labels labels) {
        return out -> JtecompareGenerated.render(html(out), null, comparison, chart, rows, labels);
    }

    static String summary(CaseReport report, String anchor) {
        return render(out -> JtesummaryGenerated.render(out, null, report, anchor));
    }

    static String soFar(CaseReport report, String anchor) {
        return render(out -> JtesofarGenerated.render(out, null, report, anchor));
    }

    static String chart(ChartLayout chart) {
        return render(out -> JtechartGenerated.render(out, null, chart));
    }

    private static HtmlTemplateOutput html(gg.jte.TemplateOutput out) {
        return out instanceof HtmlTemplateOutput html ? html : new OwaspHtmlTemplateOutput(out);
    }

    private static String render(Consumer<HtmlTemplateOutput> template) {
        StringOutput out = new StringOutput();
        template.accept(new OwaspHtmlTemplateOutput(out));
        return out.toString();
    }
}
