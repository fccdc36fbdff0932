package dk.samskab.model;

/**
 * The type the rules derived from one party's own description of a process ({@code perspective_of}), as the
 * comparison of the parties' descriptions gives it to the rules of the phase {@code compare}.
 */
public record PartyType(String party, String type) {

    public PartyType {
        if (party == null || party.isBlank()) {
            throw new IllegalArgumentException("a party type names its party");
        }
        Codes.require(Codes.TYPES, type, "type");
    }
}
