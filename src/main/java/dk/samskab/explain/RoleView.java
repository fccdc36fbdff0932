package dk.samskab.explain;

import java.util.List;

/** A role the rules derived (the employee's, with a place at the round table, or a citizen role) and why. */
public record RoleView(String role, String place, List<Grounds> because) {

    public RoleView {
        because = List.copyOf(because);
    }
}
