package dk.samskab.model;

/** The municipal employee's role and place at the round table. */
public record EmployeeRole(String role, String place) {

    public EmployeeRole {
        Codes.require(Codes.EMPLOYEE_ROLES, role, "employee role");
        Codes.require(Codes.TABLE_PLACES, place, "place at the round table");
    }
}
