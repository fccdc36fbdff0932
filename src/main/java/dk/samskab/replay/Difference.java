package dk.samskab.replay;

import dk.samskab.i18n.MessageBundle;
import java.util.List;

/**
 * One way a scenario's outcome differs from its {@code expect:} block: the field ({@code type},
 * {@code warnings}, {@code absent_warnings}, {@code employee_role}, {@code citizen_roles}), what was expected,
 * what the rules derived, and the rules that decided the derived value.
 */
public record Difference(String field, String expected, String actual, List<String> decidedBy) {

    public Difference {
        decidedBy = List.copyOf(decidedBy);
    }

    /** The difference in the reader's language, e.g. {@code type: expected styret, got ligevaerdig}. */
    public String line(MessageBundle messages) {
        return messages.text(
                "replay.difference." + field, expected, actual.isEmpty() ? messages.text("replay.nothing") : actual);
    }
}
