package dk.samskab.model;

/** A role the citizens or other partners take (Voorberg, Bekkers & Tummers 2013). */
public record CitizenRole(String role) {

    public CitizenRole {
        Codes.require(Codes.CITIZEN_ROLES, role, "citizen role");
    }
}
