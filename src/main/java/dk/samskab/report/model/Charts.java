package dk.samskab.report.model;

import dk.samskab.explain.Explanation;
import dk.samskab.i18n.Lang;
import dk.samskab.model.Axis;
import dk.samskab.model.TypeDefinition;
import java.util.ArrayList;
import java.util.List;

/** Words the typology's 2×2 chart: its quadrants from the rules' type definitions, its axes, its caption. */
public final class Charts {

    private Charts() {}

    static Chart of(Wording words, Explanation e) {
        Placement placement = Placement.of(e);
        String caption;
        if (placement.plotted()) {
            caption = words.text(
                    "html.chart-balance",
                    summary(words, e, Axis.PREDICTABILITY),
                    summary(words, e, Axis.CENTRAL_ACTOR));
            if (!placement.predictabilitySettled() || !placement.centralActorSettled()) {
                caption += " " + words.text("html.chart-on-line");
            }
        } else {
            caption = words.text("html.not-plotted-one", words.type(e.type()));
        }
        return new Chart(
                words.text("html.chart-title-one", e.source().title()),
                placement,
                caption,
                quadrants(words, e.outcome().typeDefinitions()),
                words(words));
    }

    /** The four quadrants, the predictable row first and the municipality's column first in each row. */
    public static List<Chart.Quadrant> quadrants(Wording words, List<TypeDefinition> definitions) {
        List<Chart.Quadrant> quadrants = new ArrayList<>();
        for (String predictability : Axis.PREDICTABILITY.poles()) {
            for (String central : Axis.CENTRAL_ACTOR.poles()) {
                String type = Placement.typeAt(definitions, predictability, central);
                String name = type == null ? null : words.type(type);
                String danish = type == null ? null : Wording.type(Lang.DA, type);
                quadrants.add(new Chart.Quadrant(
                        predictability, central, type, name, danish == null || danish.equals(name) ? null : danish));
            }
        }
        return quadrants;
    }

    public static Chart.Words words(Wording words) {
        return new Chart.Words(
                words.text("chart.predictable"),
                words.text("chart.unpredictable"),
                words.text("chart.municipality"),
                words.text("chart.external"),
                words.text("chart.this-case"),
                words.text("chart.on-the-line"),
                words.text("chart.table-title"));
    }

    private static String summary(Wording words, Explanation e, Axis axis) {
        var view = e.axis(axis);
        return new Conclusions(words, new Reasons(words)).axis(view).summary();
    }
}
