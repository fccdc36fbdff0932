package dk.samskab.model;

/** The municipal employee's role and place at the round table. */
public record EmployeeRole(String role, String place) {

    public EmployeeRole {
        Vocabulary.require(Vocabulary.EMPLOYEE_ROLES, role, "employee role");
        Vocabulary.require(Vocabulary.TABLE_PLACES, place, "place at the round table");
    }
}
