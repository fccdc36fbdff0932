package dk.samskab.report.model;

/**
 * The type derived: its code, its name in the report's language, in English and in the article's Danish
 * ({@code danishAside} is the Danish name when it differs from {@code name}, else {@code null}), what it means
 * ({@code summary}), the step that leads to it ({@code from}: the axis positions, or the actors outside
 * co-creation) and the rule that drew it.
 */
public record TypeItem(
        String code,
        String name,
        String english,
        String danish,
        String danishAside,
        String summary,
        boolean coCreation,
        String from,
        Reason reason) {

    /** "Steered co-creation (Styret samskabelse)", the Danish only where it differs. */
    public String nameWithDanish() {
        return danishAside == null ? name : name + " (" + danishAside + ")";
    }
}
