package dk.samskab.replay;

import dk.samskab.engine.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What a rule change does to one scenario: every difference between its baseline and current outcome. */
public final class Impact {

    private Impact() {}

    public static List<Change> between(Outcome baseline, Outcome current) {
        List<Change> changes = new ArrayList<>();
        value(changes, "type", baseline.type(), current.type());
        value(
                changes,
                "employee_role",
                baseline.employeeRole().map(d -> d.fact().role()).orElse("none"),
                current.employeeRole().map(d -> d.fact().role()).orElse("none"));
        set(changes, "warnings", baseline.warningCodes(), current.warningCodes());
        set(changes, "citizen_roles", baseline.citizenRoles(), current.citizenRoles());
        set(changes, "fired_rules", baseline.firedRules(), current.firedRules());
        return changes;
    }

    private static void value(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after, List.of(), List.of()));
        }
    }

    private static void set(List<Change> changes, String field, Collection<String> before, Collection<String> after) {
        Set<String> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        Set<String> removed = new LinkedHashSet<>(before);
        removed.removeAll(after);
        if (!added.isEmpty() || !removed.isEmpty()) {
            changes.add(new Change(field, null, null, List.copyOf(added), List.copyOf(removed)));
        }
    }
}
