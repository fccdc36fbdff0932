package dk.samskab.model;

/** The type derived for a case: one of the contract's type codes. */
public record Classification(String type) {

    public Classification {
        Codes.require(Codes.TYPES, type, "type");
    }
}
