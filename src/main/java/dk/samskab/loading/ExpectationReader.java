package dk.samskab.loading;

import dk.samskab.i18n.Message;
import dk.samskab.loading.Node.Entry;
import dk.samskab.loading.Node.MapNode;
import dk.samskab.model.Codes;
import dk.samskab.text.InputError;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a scenario's {@code expect:} block: only the contract's codes, and no warning both expected and absent. */
final class ExpectationReader {

    static final List<String> EXPECT_KEYS =
            List.of("type", "warnings", "absent_warnings", "employee_role", "citizen_roles");

    private ExpectationReader() {}

    static Expectation read(Node node, NodeValues values) throws InputError {
        MapNode expect = values.mapping(node, Message.of("case.not-mapping", "expect"));
        values.checkKeys(expect, EXPECT_KEYS, "case.unknown-expect-key");
        Entry type = expect.entries().get("type");
        String expectedType = type == null || NodeValues.isEmpty(type.value())
                ? null
                : values.choice(type.value(), Codes.TYPES, "type");
        List<String> warnings = values.optionalCodes(expect, "warnings", Codes.WARNINGS);
        List<String> absent = values.optionalCodes(expect, "absent_warnings", Codes.WARNINGS);
        for (String code : warnings) {
            if (absent.contains(code)) {
                throw values.error(
                        expect.entries().get("absent_warnings").value(), Message.of("case.warning-both-ways", code));
            }
        }
        Entry role = expect.entries().get("employee_role");
        String employeeRole = null;
        if (role != null && !NodeValues.isEmpty(role.value()) && !"none".equals(NodeValues.scalarText(role.value()))) {
            employeeRole = values.choice(role.value(), Codes.EMPLOYEE_ROLES, "employee_role");
        }
        Entry citizens = expect.entries().get("citizen_roles");
        Set<String> citizenRoles = citizens == null
                ? null
                : NodeValues.isEmpty(citizens.value())
                        ? Set.of()
                        : new LinkedHashSet<>(values.codeList(citizens.value(), Codes.CITIZEN_ROLES, "citizen_roles"));
        return new Expectation(expectedType, warnings, absent, role != null, employeeRole, citizenRoles);
    }
}
