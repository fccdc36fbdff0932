package dk.samskab.model;

/** One cell of the typology: the type a process takes where its two axis positions cross. */
public record TypeDefinition(String type, String predictability, String centralActor) {

    public TypeDefinition {
        Codes.require(Codes.CO_CREATION_TYPES, type, "type");
        Axis.PREDICTABILITY.requirePole(predictability, false);
        Axis.CENTRAL_ACTOR.requirePole(centralActor, false);
    }

    /** The end of {@code axis} this type needs. */
    public String poleOn(Axis axis) {
        return axis == Axis.PREDICTABILITY ? predictability : centralActor;
    }
}
