package dk.samskab.replay;

import dk.samskab.engine.Derived;
import dk.samskab.engine.Outcome;
import dk.samskab.loading.Expectation;
import dk.samskab.model.AxisPosition;
import dk.samskab.model.CitizenRole;
import dk.samskab.model.EmployeeRole;
import dk.samskab.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Compares an outcome with a scenario's expectation, field by field, as the contract defines each field. */
public final class Comparison {

    private Comparison() {}

    /** Every difference; an empty list means the scenario passes. */
    public static List<Difference> compare(Expectation expected, Outcome actual) {
        List<Difference> differences = new ArrayList<>();
        if (expected.type() != null && !expected.type().equals(actual.type())) {
            differences.add(new Difference("type", expected.type(), actual.type(), typeRules(actual)));
        }
        Set<String> raised = actual.warningCodes();
        List<String> missing = expected.warnings().stream()
                .filter(code -> !raised.contains(code))
                .toList();
        if (!missing.isEmpty()) {
            differences.add(new Difference(
                    "warnings",
                    String.join(", ", missing),
                    String.join(", ", raised),
                    Outcome.rulesOf(actual.all(Warning.class))));
        }
        List<String> unwanted =
                expected.absentWarnings().stream().filter(raised::contains).toList();
        if (!unwanted.isEmpty()) {
            differences.add(new Difference(
                    "absent_warnings",
                    String.join(", ", unwanted),
                    String.join(", ", raised),
                    Outcome.rulesOf(actual.all(Warning.class).stream()
                            .filter(d -> unwanted.contains(d.fact().code()))
                            .toList())));
        }
        String role = actual.employeeRole().map(d -> d.fact().role()).orElse(null);
        if (expected.employeeRoleGiven() && !Objects.equals(expected.employeeRole(), role)) {
            differences.add(new Difference(
                    "employee_role",
                    none(expected.employeeRole()),
                    none(role),
                    Outcome.rulesOf(actual.all(EmployeeRole.class))));
        }
        if (expected.citizenRoles() != null && !expected.citizenRoles().equals(actual.citizenRoles())) {
            differences.add(new Difference(
                    "citizen_roles",
                    String.join(", ", new TreeSet<>(expected.citizenRoles())),
                    String.join(", ", new TreeSet<>(actual.citizenRoles())),
                    Outcome.rulesOf(actual.all(CitizenRole.class))));
        }
        return differences;
    }

    /** The rules behind the type: the one that drew it and the ones that settled the axes it rests on. */
    static List<String> typeRules(Outcome outcome) {
        List<Derived<?>> deciding = new ArrayList<>();
        deciding.add(outcome.classification());
        deciding.addAll(outcome.all(AxisPosition.class));
        return Outcome.rulesOf(deciding);
    }

    private static String none(String code) {
        return code == null ? "none" : code;
    }
}
