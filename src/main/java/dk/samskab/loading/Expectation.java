package dk.samskab.loading;

import java.util.List;
import java.util.Set;

/**
 * A scenario's {@code expect:} block. Each part is checked only when given: {@code type} and {@code citizenRoles}
 * are {@code null} when absent; {@code employeeRoleGiven} tells an absent {@code employee_role} from one that
 * expects no role ({@code employeeRole == null}).
 */
public record Expectation(
        String type,
        List<String> warnings,
        List<String> absentWarnings,
        boolean employeeRoleGiven,
        String employeeRole,
        Set<String> citizenRoles) {

    public Expectation {
        warnings = List.copyOf(warnings);
        absentWarnings = List.copyOf(absentWarnings);
        citizenRoles = citizenRoles == null ? null : Set.copyOf(citizenRoles);
    }
}
