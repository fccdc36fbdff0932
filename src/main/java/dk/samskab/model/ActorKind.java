package dk.samskab.model;

import java.util.Arrays;
import java.util.List;
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

    private static final List<String> CODES =
            Arrays.stream(values()).map(ActorKind::code).toList();

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

    /** Every kind's code, in the contract's order. */
    public static List<String> codes() {
        return CODES;
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
