package dk.samskab.replay;

import java.util.List;

/**
 * One way a scenario's outcome differs between the baseline rules and the current ones: {@code field} is
 * {@code type}, {@code employee_role}, {@code warnings}, {@code citizen_roles} or {@code fired_rules}; for a set,
 * {@code added} and {@code removed} list what changed, for a value {@code before} and {@code after}.
 */
public record Change(String field, String before, String after, List<String> added, List<String> removed) {

    public Change {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
