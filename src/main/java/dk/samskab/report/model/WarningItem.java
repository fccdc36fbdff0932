package dk.samskab.report.model;

import java.util.List;

/**
 * A warning raised: its title, the axis it is about ({@code about} and its name, or {@code null}), the sentences
 * of the rules that raised it ({@code message} joins them) and the questions whose answer would settle that axis.
 */
public record WarningItem(
        String code,
        String title,
        String about,
        String aboutName,
        String message,
        List<Reason> reasons,
        List<Question> settledBy) {

    public WarningItem {
        reasons = List.copyOf(reasons);
        settledBy = List.copyOf(settledBy);
    }

    /** The title and, for a warning about an axis, the axis: "Mixed signals — Predictability". */
    public String heading() {
        return aboutName == null ? title : title + " — " + aboutName;
    }
}
