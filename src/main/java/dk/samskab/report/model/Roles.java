package dk.samskab.report.model;

import java.util.List;

/**
 * The roles the rules derived: the employee's (with the place at the round table; {@code null} when there is
 * none) and the citizens', each with its reasons. {@code employeeLine} and {@code citizensLine} say them in one
 * phrase each, or why there is none.
 */
public record Roles(Employee employee, String employeeLine, List<Citizen> citizens, String citizensLine) {

    public Roles {
        citizens = List.copyOf(citizens);
    }

    /** The employee's role and place at the round table, in codes and words, and why. */
    public record Employee(String role, String roleName, String place, String placeName, List<Reason> reasons) {

        public Employee {
            reasons = List.copyOf(reasons);
        }
    }

    /** A citizen role, in code and words, and the reasons the rules gave it. */
    public record Citizen(String role, String name, List<Reason> reasons) {

        public Citizen {
            reasons = List.copyOf(reasons);
        }
    }
}
