package dk.samskab.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of actor the contract knows; the first four are public actors. */
public enum ActorKind {
    MUNICIPALITY(true),
    REGION(true),
    STATE(true),
    PUBLIC_INSTITUTION(true),
    CITIZEN(false),
    CITIZEN_GROUP(false),
    VOLUNTEER(false),
    ASSOCIATION(false),
    COMPANY(false),
    CIVIL_SOCIETY_ORGANISATION(false),
    SOCIAL_ECONOMY_ENTERPRISE(false);

    private final boolean publicActor;
    private final String code;

    ActorKind(boolean publicActor) {
        this.publicActor = publicActor;
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isPublicActor() {
        return publicActor;
    }

    public String code() {
        return code;
    }

    public static Optional<ActorKind> byCode(String code) {
        for (ActorKind kind : values()) {
            if (kind.code().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
